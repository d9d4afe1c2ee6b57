import PodModel

extension DesignError {
    /// `--main` names no service, workload or container of the file: the allowed names, and the nearest one.
    static func unknownMain(_ chosen: String, allowed: [String], file: String) -> DesignError {
        DesignError(file: file, location: .start, field: FieldPath([.option("--main")]), problem: .badWord(
            found: NodeReader.clip(chosen), suggestion: NearestWord.find(chosen, in: allowed), allowed: allowed
        ))
    }
}
