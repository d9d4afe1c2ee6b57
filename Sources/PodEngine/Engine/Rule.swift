import PodModel

/// The placement rules, in the order the engine evaluates them; the first that holds places a companion.
public enum Rule: String, CaseIterable, Sendable {
    /// It keeps durable state: its own StatefulSet.
    case separateStateful = "separate.stateful"
    /// It scales apart and runs before the main container: its own Job, once per release.
    case separateOncePerRelease = "separate.once-per-release"
    /// It scales apart: its own Deployment.
    case separateScaling = "separate.scaling"
    /// Its lifecycle is its own and it is loosely coupled (and it does not adapt a main container that cannot change).
    case separateIndependent = "separate.independent"
    /// Otherwise: in the main container's pod.
    case colocate

    /// The rule's conditions, in steps: a step is read only once every step before it holds,
    /// and the rule holds when every condition of every step does (`colocate` has none: it always holds).
    public var steps: [[AnswerCondition]] {
        switch self {
        case .separateStateful: [[.is(.state(.stateful))]]
        case .separateOncePerRelease: [[.is(.scaling(.independent))], [.is(.timing(.beforeMain))]]
        case .separateScaling: [[.is(.scaling(.independent))]]
        case .separateIndependent: [[.is(.lifecycle(.independent)), .is(.coupling(.loose))], [.notJustified(.noCodeChange)]]
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
