import PodDesign

/// The quiz as the advisor shows it: the run, where the learner is in it, and where leaving goes.
public struct QuizScreen: Hashable, Sendable {
    public var quiz: Quiz
    public var phase: QuizPhase
    /// Whether leaving ends the session (`podwright quiz`) rather than returning to the start menu.
    public var standalone: Bool

    public init(quiz: Quiz, phase: QuizPhase = .intro, standalone: Bool = false) {
        self.quiz = quiz
        self.phase = phase
        self.standalone = standalone
    }
}
