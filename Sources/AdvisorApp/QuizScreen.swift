import PodDesign
import PodModel

/// The quiz as the advisor shows it: the run, where the learner is in it, and where leaving goes.
public struct QuizScreen: Hashable, Sendable {
    public var quiz: Quiz
    public var phase: QuizPhase
    /// Whether leaving ends the session (`podwright quiz`) rather than returning to the start menu.
    public var standalone: Bool
    /// Whether the level was chosen before the quiz opened (`--level`), so the intro does not offer it.
    public var levelFixed: Bool
    /// The learner's answers to the current scenario's co-location questions so far (the questions level).
    public var sheet = QuizSheet()
    /// How many lines of the current story are scrolled away (a terminal too small to show it whole).
    public var storyScroll = 0

    public init(quiz: Quiz, phase: QuizPhase = .intro(selected: 0), standalone: Bool = false, levelFixed: Bool = false) {
        self.quiz = quiz
        self.phase = phase
        self.standalone = standalone
        self.levelFixed = levelFixed
    }

    /// The options of the question page: the answers to the question asked next, or every placement.
    public var options: [QuizOption] {
        switch quiz.level {
        case .placement: QuizAnswer.allCases.map(QuizOption.placement)
        case .questions: (sheet.next?.choices ?? []).map(QuizOption.answer)
        }
    }

    /// Whether the score is shown (the quiz ended, all answered or not): the result can be reported.
    public var showsScore: Bool {
        if case .score = phase { return true }
        return false
    }
}
