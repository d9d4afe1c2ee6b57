import PodEngine

/// The outcome of one answered question: what the learner chose and what the engine decided.
public struct QuizResult: Hashable, Sendable {
    public var scenario: QuizScenario
    public var chosen: QuizAnswer
    public var decision: CompanionDecision

    public init(scenario: QuizScenario, chosen: QuizAnswer, decision: CompanionDecision) {
        self.scenario = scenario
        self.chosen = chosen
        self.decision = decision
    }

    /// The layout the engine decided.
    public var correct: QuizAnswer { QuizAnswer(decision.placement) }

    /// Whether the learner chose what the engine decided.
    public var isRight: Bool { chosen == correct }
}
