import PodModel
import PodText

/// A document or file that could not be read, reported with its place; the audit goes on with the rest.
public struct AuditProblem: Hashable, Sendable {
    public var file: String
    public var location: SourceLocation
    public var problem: DesignProblem

    public init(file: String, location: SourceLocation, problem: DesignProblem) {
        self.file = file
        self.location = location
        self.problem = problem
    }

    /// What is wrong, in the catalog's language.
    public func message(_ catalog: Catalog) -> String {
        DesignError(file: file, location: location, problem: problem).message(catalog)
    }
}
