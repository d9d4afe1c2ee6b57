import PodDesign

/// Which page of the quiz is shown.
public indirect enum QuizPhase: Hashable, Sendable {
    /// What the quiz is, how many questions, and (unless the command line fixed it) the level, highlighted.
    case intro(selected: Int)
    /// The current scenario, with the highlighted option (an index into `QuizScreen.options`).
    case question(selected: Int)
    /// Right or wrong for the last answer, and why; scrolled by this many lines.
    case feedback(scroll: Int)
    /// Whether to end the quiz now and see the score; the page it was asked from.
    case leaving(from: QuizPhase)
    /// The score and every question's result; scrolled by this many lines.
    case score(scroll: Int)

    /// The feedback or score page scrolled to a line (other pages as they are).
    func scrolled(to line: Int) -> QuizPhase {
        switch self {
        case .feedback: .feedback(scroll: line)
        case .score: .score(scroll: line)
        default: self
        }
    }
}
