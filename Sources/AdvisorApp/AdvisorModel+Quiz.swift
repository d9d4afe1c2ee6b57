import PodDesign

extension AdvisorModel {
    /// Opens the quiz from the start menu: every scenario, in the order of the session's seed.
    mutating func startQuiz() {
        screen = .quiz(QuizScreen(quiz: Quiz(seed: quizSeed)))
        status = nil
    }

    /// Reacts to an action on a quiz page.
    mutating func quiz(_ action: Action, _ state: QuizScreen) -> [Effect] {
        var state = state
        switch (state.phase, action) {
        case (_, .quit):
            return leaveQuiz(state)
        case (.intro, .select):
            state.phase = state.quiz.isFinished ? .score(scroll: 0) : .question(selected: 0)
        case let (.question(selected), .up):
            state.phase = .question(selected: max(0, selected - 1))
        case let (.question(selected), .down):
            state.phase = .question(selected: min(QuizAnswer.allCases.count - 1, selected + 1))
        case let (.question(selected), .select):
            state.quiz.answer(QuizAnswer.allCases[min(selected, QuizAnswer.allCases.count - 1)])
            state.phase = .feedback(scroll: 0)
        case (.feedback, .select):
            state.phase = state.quiz.isFinished ? .score(scroll: 0) : .question(selected: 0)
        case (.score, .select):
            return leaveQuiz(state)
        case let (.feedback(scroll), .up): state.phase = .feedback(scroll: max(0, scroll - 1))
        case let (.score(scroll), .up): state.phase = .score(scroll: max(0, scroll - 1))
        case let (.feedback(scroll), .down):
            state.phase = .feedback(scroll: min(AdvisorView(self).quizScrollLimit(state), scroll + 1))
        case let (.score(scroll), .down):
            state.phase = .score(scroll: min(AdvisorView(self).quizScrollLimit(state), scroll + 1))
        default:
            break
        }
        screen = .quiz(state)
        return []
    }

    /// Leaves the quiz: `podwright quiz` ends (0 once the score is shown, 130 before), the advisor returns to its start menu.
    mutating func leaveQuiz(_ state: QuizScreen) -> [Effect] {
        if state.standalone { return [.exit(status: state.quiz.isFinished ? ExitStatus.success : ExitStatus.cancelled, stdout: nil)] }
        screen = .start(selected: startItems.firstIndex(of: .quiz) ?? 0)
        return []
    }
}
