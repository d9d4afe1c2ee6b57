/// A companion's answers to the co-location questions, and which of them were assumed.
/// The defaults are the articles' (one container per pod): what is not said places a companion apart.
public struct Answers: Hashable, Sendable {
    public var lifecycle: Lifecycle = .independent
    public var coupling: Coupling = .loose
    public var scaling: Scaling = .together
    public var mainCodeChangeable = true
    public var state: State = .stateless
    public var timing: Timing = .alongside
    public var function: Function = .extend
    /// Questions left out of the design file, answered from the image catalogue or by the defaults.
    public var assumed: Set<Question> = []

    public init(
        lifecycle: Lifecycle = .independent, coupling: Coupling = .loose, scaling: Scaling = .together,
        mainCodeChangeable: Bool = true, state: State = .stateless, timing: Timing = .alongside,
        function: Function = .extend, assumed: Set<Question> = []
    ) {
        self.lifecycle = lifecycle
        self.coupling = coupling
        self.scaling = scaling
        self.mainCodeChangeable = mainCodeChangeable
        self.state = state
        self.timing = timing
        self.function = function
        self.assumed = assumed
    }

    /// The answer given (or assumed) to a question.
    public func answer(to question: Question) -> Answer {
        switch question {
        case .lifecycle: .lifecycle(lifecycle)
        case .coupling: .coupling(coupling)
        case .scaling: .scaling(scaling)
        case .mainCodeChangeable: .mainCodeChangeable(mainCodeChangeable)
        case .state: .state(state)
        case .timing: .timing(timing)
        case .function: .function(function)
        }
    }

    /// Sets the answer to its question; whether that answer counts as assumed is left as it was.
    public mutating func set(_ answer: Answer) {
        switch answer {
        case let .lifecycle(value): lifecycle = value
        case let .coupling(value): coupling = value
        case let .scaling(value): scaling = value
        case let .mainCodeChangeable(value): mainCodeChangeable = value
        case let .state(value): state = value
        case let .timing(value): timing = value
        case let .function(value): function = value
        }
    }

    /// The answer to a question as it is written in a design file.
    public func word(for question: Question) -> String { answer(to: question).word }

    /// The assumed answers that mean something (an assumed `function` of a before-main helper does not).
    public var assumedQuestions: [Question] { applicableQuestions.filter(assumed.contains) }

    /// The questions that mean something for these answers (`function` only alongside).
    public var applicableQuestions: [Question] {
        Question.allCases.filter { $0 != .function || timing == .alongside }
    }
}
