import PodModel

/// One result of a check: which check, where, about which containers, with the facts for its message.
public struct Finding: Hashable, Sendable {
    public var check: CheckID
    public var level: Level
    public var location: SourceLocation
    /// The container the finding is about.
    public var container: String
    /// Named values the message is filled with (`port`, `other`, ...).
    public var facts: [String: String]

    public init(check: CheckID, location: SourceLocation, container: String, facts: [String: String] = [:]) {
        self.check = check
        self.level = check.level
        self.location = location
        self.container = container
        self.facts = facts
    }
}
