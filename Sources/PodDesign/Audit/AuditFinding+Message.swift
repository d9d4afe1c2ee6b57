import PodEngine
import PodText

extension AuditFinding {
    /// The facts with the container's name, for the catalog's texts.
    var values: [String: String] { facts.merging(["container": container]) { $1 } }

    /// Why the finding matters, in the articles' terms.
    public func why(_ catalog: Catalog) -> String {
        catalog[check.whyKey, values]
    }

    /// The layout to use instead.
    public func instead(_ catalog: Catalog) -> String {
        catalog[check.insteadKey, values]
    }
}
