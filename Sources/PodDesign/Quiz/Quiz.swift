import PodModel

/// A run of the quiz: the scenarios in their order, the answers given so far, and the score.
public struct Quiz: Hashable, Sendable {
    /// The scenarios asked, in order.
    public let scenarios: [QuizScenario]
    /// The target version the engine decides for (nil: each file's own).
    public let target: KubernetesVersion?
    /// How the learner answers.
    public var level: QuizLevel
    /// One result per answered question, in order.
    public private(set) var results: [QuizResult] = []

    public init(scenarios: [QuizScenario], level: QuizLevel = .questions, target: KubernetesVersion? = nil) {
        self.scenarios = scenarios
        self.level = level
        self.target = target
    }

    /// The first `count` scenarios (all when nil) in the order a seed gives.
    public init(seed: UInt64, count: Int? = nil, level: QuizLevel = .questions, target: KubernetesVersion? = nil) {
        self.init(scenarios: Self.order(seed: seed, count: count), level: level, target: target)
    }

    /// The scenarios in the order a seed gives, the first `count` of them (all when nil).
    public static func order(seed: UInt64, count: Int? = nil) -> [QuizScenario] {
        let all = QuizScenario.all
        let order = SplitMix64.shuffled(all.count, seed: seed).map { all[$0] }
        return Array(order.prefix(count ?? all.count))
    }

    /// The scenario being asked, or nil when every question is answered.
    public var current: QuizScenario? {
        results.count < scenarios.count ? scenarios[results.count] : nil
    }

    /// Whether every question is answered.
    public var isFinished: Bool { current == nil }

    /// How many answers were right.
    public var score: Int { results.filter(\.isRight).count }

    /// Answers the current question with a placement (the placement level); the engine's decision on the scenario
    /// says whether it was right.
    @discardableResult
    public mutating func answer(_ chosen: QuizAnswer) -> QuizResult? {
        guard let scenario = current else { return nil }
        let result = QuizResult(scenario: scenario, chosen: chosen, decision: scenario.decision(target: target))
        results.append(result)
        return result
    }

    /// Answers the current question with the learner's answers to the co-location questions (the questions level):
    /// the engine decides on them and on the scenario's own, and the two placements are compared.
    @discardableResult
    public mutating func answer(_ sheet: QuizSheet) -> QuizResult? {
        guard let scenario = current, sheet.isComplete else { return nil }
        let result = QuizResult(
            scenario: scenario, sheet: sheet,
            learnerDecision: scenario.decision(answers: sheet.answers, target: target),
            decision: scenario.decision(target: target)
        )
        results.append(result)
        return result
    }
}
