/// The rule and role of one way to answer, as `OutcomeTable.decision` compares them.
struct DecidedOutcome: Hashable {
    var rule: Rule
    /// The role when co-located; nil for a pod of its own.
    var role: Role?
}
