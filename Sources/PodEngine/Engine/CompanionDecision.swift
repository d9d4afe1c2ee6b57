import PodModel

/// The engine's verdict on one companion: the rule that fired and where it goes.
public struct CompanionDecision: Hashable, Sendable {
    public var companion: Companion
    public var rule: Rule
    public var placement: Placement
    /// The container it serves, whose pod it joins when co-located: the main container unless `serves` names another.
    public var host: String

    public init(companion: Companion, rule: Rule, placement: Placement, host: String) {
        self.companion = companion
        self.rule = rule
        self.placement = placement
        self.host = host
    }

    /// The rules that did not place it: the earlier ones did not hold, the later ones were not reached.
    public var rejectedRules: [Rule] { Rule.allCases.filter { $0 != rule } }

    /// Whether a rule was passed over because it did not hold (rather than never being reached).
    public func wasEvaluated(_ other: Rule) -> Bool {
        Rule.allCases.firstIndex(of: other)! < Rule.allCases.firstIndex(of: rule)!
    }
}
