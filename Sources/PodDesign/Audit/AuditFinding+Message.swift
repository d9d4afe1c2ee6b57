import PodEngine
import PodText

extension AuditFinding {
    /// The facts with the container's name, for the catalog's texts.
    var values: [String: String] { facts.merging(["container": container]) { $1 } }

    /// Why the finding matters, in the articles' terms (every audit finding's check is one of `CheckID.auditRules`, which have one).
    public func why(_ catalog: Catalog) -> String {
        check.whyKey.map { catalog[$0, values] } ?? ""
    }

    /// The layout to use instead (every audit finding's check is one of `CheckID.auditRules`, which have one).
    public func instead(_ catalog: Catalog) -> String {
        check.insteadKey.map { catalog[$0, values] } ?? ""
    }
}
