/// The placement rules, in the order the engine evaluates them; the first that holds places a companion.
public enum Rule: String, CaseIterable, Sendable {
    case separateStateful = "separate.stateful"
    case separateOncePerRelease = "separate.once-per-release"
    case separateScaling = "separate.scaling"
    case separateIndependent = "separate.independent"
    case colocate

    /// The rule's conditions, in steps: a step is read only once every step before it holds,
    /// and the rule holds when every condition of every step does (`colocate` has none: it always holds).
    public var steps: [[AnswerCondition]] {
        switch self {
        case .separateStateful: [[.state(.stateful)]]
        case .separateOncePerRelease: [[.scaling(.independent)], [.timing(.beforeMain)]]
        case .separateScaling: [[.scaling(.independent)]]
        case .separateIndependent: [[.lifecycle(.independent), .coupling(.loose)], [.notJustified(.noCodeChange)]]
        case .colocate: []
        }
    }

    /// The answers this rule reads.
    public var questions: [Question] { Array(steps.joined()).questions }

    /// Whether the rule holds for these answers.
    public func holds(for a: Answers) -> Bool { steps.joined().allSatisfy { $0.holds(for: a) } }

    /// The conditions that keep the rule from holding: the ones that fail in its first step that fails.
    public func blockers(for a: Answers) -> [AnswerCondition] {
        for step in steps {
            let failed = step.filter { !$0.holds(for: a) }
            if !failed.isEmpty { return failed }
        }
        return []
    }
}
