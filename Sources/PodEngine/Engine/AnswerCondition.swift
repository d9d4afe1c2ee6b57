import PodModel

/// One condition on a companion's answers, as a placement rule or a justification states it.
public enum AnswerCondition: Hashable, Sendable {
    /// `lifecycle` is this answer.
    case lifecycle(Lifecycle)
    /// `coupling` is this answer.
    case coupling(Coupling)
    /// `scaling` is this answer.
    case scaling(Scaling)
    /// `mainCodeChangeable` is this answer.
    case mainCodeChangeable(Bool)
    /// `state` is this answer.
    case state(State)
    /// `timing` is this answer.
    case timing(Timing)
    /// `function` is one of these answers.
    case function([Function])
    /// The justification does not hold.
    case notJustified(Justification)

    /// The answers the condition reads, in the order they are asked.
    public var questions: [Question] {
        switch self {
        case .lifecycle: [.lifecycle]
        case .coupling: [.coupling]
        case .scaling: [.scaling]
        case .mainCodeChangeable: [.mainCodeChangeable]
        case .state: [.state]
        case .timing: [.timing]
        case .function: [.function]
        case let .notJustified(justification): justification.questions
        }
    }

    /// Whether the condition holds for these answers.
    public func holds(for a: Answers) -> Bool {
        switch self {
        case let .lifecycle(answer): a.lifecycle == answer
        case let .coupling(answer): a.coupling == answer
        case let .scaling(answer): a.scaling == answer
        case let .mainCodeChangeable(answer): a.mainCodeChangeable == answer
        case let .state(answer): a.state == answer
        case let .timing(answer): a.timing == answer
        case let .function(answers): answers.contains(a.function)
        case let .notJustified(justification): !justification.holds(for: a)
        }
    }
}

extension [AnswerCondition] {
    /// The answers these conditions read, each once, in the order the conditions read them.
    var questions: [Question] {
        var seen: [Question] = []
        for question in flatMap(\.questions) where !seen.contains(question) { seen.append(question) }
        return seen
    }
}
