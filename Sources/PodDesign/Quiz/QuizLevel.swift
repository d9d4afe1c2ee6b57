/// How the learner answers a scenario.
public enum QuizLevel: String, CaseIterable, Hashable, Sendable, Codable {
    /// The co-location questions, one by one; the engine places the companion from the learner's answers.
    case questions
    /// The placement itself, chosen straight from the story (the harder level).
    case placement
}
