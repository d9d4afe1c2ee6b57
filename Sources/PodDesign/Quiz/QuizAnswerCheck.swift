import PodModel

/// One co-location question as the learner answered it, beside the scenario's answer.
public struct QuizAnswerCheck: Hashable, Sendable {
    public var given: Answer
    public var expected: Answer

    public init(given: Answer, expected: Answer) {
        self.given = given
        self.expected = expected
    }

    public var question: Question { given.question }
    public var isRight: Bool { given == expected }
}
