import PodEngine
import PodModel

/// The outcome of one answered question: what the learner answered, what the engine decided on the learner's answers
/// (at the questions level) and on the scenario's own, and whether the two placements agree.
public struct QuizResult: Hashable, Sendable {
    public var scenario: QuizScenario
    /// The learner's answers to the co-location questions (nil at the placement level).
    public var sheet: QuizSheet?
    /// The placement the learner chose, or the engine's placement on the learner's answers.
    public var chosen: QuizAnswer
    /// The engine's decision on the learner's answers (nil at the placement level).
    public var learnerDecision: CompanionDecision?
    /// The engine's decision on the scenario's answers.
    public var decision: CompanionDecision

    /// A result at the placement level: the learner picked the placement.
    public init(scenario: QuizScenario, chosen: QuizAnswer, decision: CompanionDecision) {
        self.scenario = scenario
        self.chosen = chosen
        self.decision = decision
    }

    /// A result at the questions level: the engine placed the companion from the learner's answers.
    public init(scenario: QuizScenario, sheet: QuizSheet, learnerDecision: CompanionDecision, decision: CompanionDecision) {
        self.scenario = scenario
        self.sheet = sheet
        self.chosen = QuizAnswer(learnerDecision.placement)
        self.learnerDecision = learnerDecision
        self.decision = decision
    }

    /// The placement the engine decided on the scenario's answers.
    public var correct: QuizAnswer { QuizAnswer(decision.placement) }

    /// Whether the learner's placement is the scenario's.
    public var isRight: Bool { chosen == correct }

    /// Each answer the learner gave, with the scenario's answer to the same question, in the order asked.
    public var answerChecks: [QuizAnswerCheck] {
        guard let sheet else { return [] }
        let expected = decision.companion.answers
        return sheet.given.map { QuizAnswerCheck(given: $0, expected: expected.answer(to: $0.question)) }
    }
}
