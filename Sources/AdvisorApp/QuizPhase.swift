import PodDesign

/// Which page of the quiz is shown.
public enum QuizPhase: Hashable, Sendable {
    /// What the quiz is, how many questions.
    case intro
    /// The current scenario, with the highlighted choice (an index into `QuizAnswer.allCases`).
    case question(selected: Int)
    /// Right or wrong for the last answer, and why; scrolled by this many lines.
    case feedback(scroll: Int)
    /// The score and every question's result; scrolled by this many lines.
    case score(scroll: Int)
}
