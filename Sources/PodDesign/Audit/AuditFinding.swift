import PodEngine
import PodModel

/// One finding of `audit`: the rule, where (file, line of the container), which resource and container, and the facts.
public struct AuditFinding: Hashable, Sendable {
    public var check: AuditRule
    public var level: Level
    public var file: String
    public var location: SourceLocation
    public var resource: String
    public var container: String
    public var facts: [String: String]

    public init(check: AuditRule, level: Level, file: String, location: SourceLocation, resource: String, container: String, facts: [String: String] = [:]) {
        self.check = check
        self.level = level
        self.file = file
        self.location = location
        self.resource = resource
        self.container = container
        self.facts = facts
    }
}
