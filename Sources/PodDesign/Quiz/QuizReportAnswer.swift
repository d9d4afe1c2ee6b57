/// One co-location question in a learner's report: the learner's answer and the scenario's, as design files word them.
public struct QuizReportAnswer: Codable, Hashable, Sendable {
    /// The question, as a design file names it (`lifecycle`, `mainCodeChangeable`).
    public var question: String
    /// The learner's answer (`same`, `no`, `transform-output`).
    public var given: String
    /// The scenario's answer.
    public var expected: String
    /// Whether they are the same.
    public var right: Bool

    public init(_ check: QuizAnswerCheck) {
        question = check.question.rawValue
        given = check.given.word
        expected = check.expected.word
        right = check.isRight
    }
}
