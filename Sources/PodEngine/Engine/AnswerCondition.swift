import PodModel

/// One condition on a companion's answers, as a placement rule or a justification states it.
public enum AnswerCondition: Hashable, Sendable {
    /// The question's answer is one of these (answers to one question).
    case oneOf([Answer])
    /// The justification does not hold.
    case notJustified(Justification)

    /// The question's answer is this one.
    public static func `is`(_ answer: Answer) -> AnswerCondition { .oneOf([answer]) }

    /// The answers the condition reads, in the order they are asked.
    public var questions: [Question] {
        switch self {
        case let .oneOf(answers): answers.first.map { [$0.question] } ?? []
        case let .notJustified(justification): justification.questions
        }
    }

    /// Whether the condition holds for these answers.
    public func holds(for a: Answers) -> Bool {
        switch self {
        case let .oneOf(answers): answers.contains { a.answer(to: $0.question) == $0 }
        case let .notJustified(justification): !justification.holds(for: a)
        }
    }
}
