/// The seven answers a companion carries, in the order they are asked.
public enum Question: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable {
    case lifecycle, coupling, scaling, mainCodeChangeable, state, timing, function

    /// Every answer the question allows, in the order they are offered and listed in messages.
    public var choices: [Answer] {
        switch self {
        case .lifecycle: Lifecycle.allCases.map(Answer.lifecycle)
        case .coupling: Coupling.allCases.map(Answer.coupling)
        case .scaling: Scaling.allCases.map(Answer.scaling)
        case .mainCodeChangeable: [.mainCodeChangeable(true), .mainCodeChangeable(false)]
        case .state: State.allCases.map(Answer.state)
        case .timing: Timing.allCases.map(Answer.timing)
        case .function: Function.allCases.map(Answer.function)
        }
    }
}
