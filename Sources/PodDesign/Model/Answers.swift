/// A companion's answers to the co-location questions, and which of them were assumed.
public struct Answers: Hashable, Sendable {
    public var lifecycle: Lifecycle = .same
    public var coupling: Coupling = .tight
    public var scaling: Scaling = .together
    public var mainCodeChangeable = true
    public var state: State = .stateless
    public var timing: Timing = .alongside
    public var function: Function = .extend
    /// Questions left out of the design file, answered by their defaults.
    public var assumed: Set<Question> = []

    public init(
        lifecycle: Lifecycle = .same, coupling: Coupling = .tight, scaling: Scaling = .together,
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

    /// The answer to a question as it is written in a design file.
    public func word(for question: Question) -> String {
        switch question {
        case .lifecycle: lifecycle.rawValue
        case .coupling: coupling.rawValue
        case .scaling: scaling.rawValue
        case .mainCodeChangeable: mainCodeChangeable ? "yes" : "no"
        case .state: state.rawValue
        case .timing: timing.rawValue
        case .function: function.rawValue
        }
    }

    /// The assumed answers that mean something (an assumed `function` of a before-main helper does not).
    public var assumedQuestions: [Question] { applicableQuestions.filter(assumed.contains) }

    /// The questions that mean something for these answers (`function` only alongside).
    public var applicableQuestions: [Question] {
        Question.allCases.filter { $0 != .function || timing == .alongside }
    }
}
