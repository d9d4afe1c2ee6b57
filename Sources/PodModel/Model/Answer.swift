/// One answer to one of the co-location questions, typed: the question is part of the value.
public enum Answer: Hashable, Sendable {
    case lifecycle(Lifecycle)
    case coupling(Coupling)
    case scaling(Scaling)
    case mainCodeChangeable(Bool)
    case state(State)
    case timing(Timing)
    case function(Function)

    /// The question this answers.
    public var question: Question {
        switch self {
        case .lifecycle: .lifecycle
        case .coupling: .coupling
        case .scaling: .scaling
        case .mainCodeChangeable: .mainCodeChangeable
        case .state: .state
        case .timing: .timing
        case .function: .function
        }
    }

    /// The answer as a design file writes it (`same`, `before-main`, `yes`).
    public var word: String {
        switch self {
        case let .lifecycle(value): value.rawValue
        case let .coupling(value): value.rawValue
        case let .scaling(value): value.rawValue
        case let .mainCodeChangeable(value): value ? "yes" : "no"
        case let .state(value): value.rawValue
        case let .timing(value): value.rawValue
        case let .function(value): value.rawValue
        }
    }

    /// The answer to `question` that a design file writes as `word`; nil when it is not one of its words.
    public init?(_ question: Question, word: String) {
        guard let answer = question.choices.first(where: { $0.word == word }) else { return nil }
        self = answer
    }
}
