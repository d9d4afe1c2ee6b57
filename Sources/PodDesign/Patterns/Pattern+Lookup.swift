import PodModel
import PodText

extension Pattern {
    /// The pattern a name on the command line means; the error line names the nearest one and every allowed name.
    public static func named(_ name: String, _ catalog: Catalog) -> Result<Pattern, PatternNameError> {
        if let pattern = Pattern(rawValue: name.lowercased()) { return .success(pattern) }
        let allowed = allCases.map(\.rawValue)
        let hint = NearestWord.find(name, in: allowed).map { catalog[.errorHint, ["word": $0]] } ?? ""
        return .failure(PatternNameError(message: catalog[.patternUnknown, [
            "name": name, "hint": hint, "allowed": allowed.joined(separator: ", "),
        ]]))
    }
}
