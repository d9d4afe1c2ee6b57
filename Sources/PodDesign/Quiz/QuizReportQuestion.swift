/// One answered question in a learner's report.
public struct QuizReportQuestion: Codable, Hashable, Sendable {
    /// Its place in the quiz, from 1.
    public var number: Int
    /// The scenario's id (its file name under Resources/quiz without `.yaml`).
    public var id: String
    /// The learner's placement: chosen (placement level) or the engine's on the learner's answers (questions level).
    public var placement: QuizAnswer
    /// The rule that placed it on the learner's answers (nil at the placement level).
    public var rule: String?
    /// The scenario's placement, as the engine decides it.
    public var expected: QuizAnswer
    /// The rule that placed it on the scenario's answers.
    public var expectedRule: String
    /// Whether the two placements agree.
    public var right: Bool
    /// The learner's answers to the co-location questions, in the order asked (empty at the placement level).
    public var answers: [QuizReportAnswer]

    public init(number: Int, _ result: QuizResult) {
        self.number = number
        id = result.scenario.id
        placement = result.chosen
        rule = result.learnerDecision?.rule.rawValue
        expected = result.correct
        expectedRule = result.decision.rule.rawValue
        right = result.isRight
        answers = result.answerChecks.map(QuizReportAnswer.init)
    }

    /// Every field is written, a missing rule as null, so each question has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(id, forKey: .id)
        try container.encode(placement, forKey: .placement)
        try container.encode(rule, forKey: .rule)
        try container.encode(expected, forKey: .expected)
        try container.encode(expectedRule, forKey: .expectedRule)
        try container.encode(right, forKey: .right)
        try container.encode(answers, forKey: .answers)
    }
}
