/// The placement rules, in the order the engine evaluates them; the first that holds places a companion.
public enum Rule: String, CaseIterable, Sendable {
    case separateStateful = "separate.stateful"
    case separateOncePerRelease = "separate.once-per-release"
    case separateScaling = "separate.scaling"
    case separateIndependent = "separate.independent"
    case colocate

    /// The answers this rule reads.
    public var questions: [Question] {
        switch self {
        case .separateStateful: [.state]
        case .separateOncePerRelease: [.scaling, .timing]
        case .separateScaling: [.scaling]
        case .separateIndependent: [.lifecycle, .coupling, .mainCodeChangeable, .timing, .function]
        case .colocate: []
        }
    }

    /// Whether the rule holds for these answers.
    public func holds(for a: Answers) -> Bool {
        switch self {
        case .separateStateful:
            return a.state == .stateful
        case .separateOncePerRelease:
            return a.scaling == .independent && a.timing == .beforeMain
        case .separateScaling:
            return a.scaling == .independent
        case .separateIndependent:
            return a.lifecycle == .independent && a.coupling == .loose && !Justification.noCodeChange.holds(for: a)
        case .colocate:
            return true
        }
    }
}
