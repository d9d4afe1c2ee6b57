import PodText

extension KustomizeProblem {
    /// What is wrong, in the catalog's language.
    public func message(_ catalog: Catalog) -> String {
        switch self {
        case let .sameFile(name): catalog[.errorKustomizeSameFile, ["file": name]]
        case let .noFileName(document): catalog[.errorKustomizeNoFileName, ["number": String(document)]]
        }
    }
}
