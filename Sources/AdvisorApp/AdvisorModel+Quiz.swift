import PodDesign
import TerminalUI

extension AdvisorModel {
    /// Opens the quiz from the start menu: every scenario, in the order of the session's seed.
    mutating func startQuiz() {
        screen = .quiz(QuizScreen(quiz: Quiz(seed: quizSeed)))
        status = nil
    }

    /// The keys the key table cannot carry: a number chooses that option (on the intro, the level); on the page that
    /// asks whether to end, `y` ends and `n` or Esc goes back. Nil: the key table decides.
    mutating func quizKey(_ key: Key, _ state: QuizScreen) -> [Effect]? {
        guard case let .character(character) = key else {
            if key == .escape, case let .leaving(from) = state.phase { return setQuiz(state, phase: from) }
            return nil
        }
        switch state.phase {
        case let .leaving(from):
            if character == "y" { return quiz(.select, state) }
            if character == "n" { return setQuiz(state, phase: from) }
            return character == "q" ? nil : []
        case .intro where !state.levelFixed:
            guard let number = character.wholeNumberValue, (1...QuizLevel.allCases.count).contains(number) else { return nil }
            return quiz(.select, state, phase: .intro(selected: number - 1))
        case .question:
            guard let number = character.wholeNumberValue else { return nil }
            guard (1...state.options.count).contains(number) else { return [] }
            return quiz(.select, state, phase: .question(selected: number - 1))
        default:
            return character.wholeNumberValue == nil ? nil : []
        }
    }

    /// Reacts to an action on a quiz page (from another phase than the one shown, when `phase` is given).
    mutating func quiz(_ action: Action, _ state: QuizScreen, phase: QuizPhase? = nil) -> [Effect] {
        var state = state
        if let phase { state.phase = phase }
        switch (state.phase, action) {
        case (.score, .select), (.score, .quit), (.intro, .quit):
            return leaveQuiz(state)
        case (.leaving, .select):
            state.phase = .score(scroll: 0)
        case let (.leaving(from), .quit), let (.leaving(from), .back):
            state.phase = from
        case (_, .quit):
            state.phase = .leaving(from: state.phase)
        case let (.intro(selected), .up):
            state.phase = .intro(selected: max(0, selected - 1))
        case let (.intro(selected), .down):
            state.phase = .intro(selected: state.levelFixed ? 0 : min(QuizLevel.allCases.count - 1, selected + 1))
        case let (.intro(selected), .select):
            if !state.levelFixed { state.quiz.level = QuizLevel.allCases[min(selected, QuizLevel.allCases.count - 1)] }
            state.sheet = QuizSheet()
            state.phase = state.quiz.isFinished ? .score(scroll: 0) : .question(selected: 0)
        case let (.question(selected), .up):
            state.phase = .question(selected: max(0, selected - 1))
        case let (.question(selected), .down):
            state.phase = .question(selected: min(state.options.count - 1, selected + 1))
        case let (.question(selected), .select):
            choose(&state, state.options[min(selected, state.options.count - 1)])
        case (.question, .back):
            let last = state.sheet.given.last
            if state.sheet.takeBack(), let last, let index = state.options.firstIndex(of: .answer(last)) {
                state.phase = .question(selected: index)
            }
        case (.question, .pageUp):
            state.storyScroll = max(0, state.storyScroll - AdvisorView(self).storyPage(state))
        case (.question, .pageDown):
            state.storyScroll = min(AdvisorView(self).storyScrollLimit(state), state.storyScroll + AdvisorView(self).storyPage(state))
        case (.feedback, .select):
            state.storyScroll = 0
            state.phase = state.quiz.isFinished ? .score(scroll: 0) : .question(selected: 0)
        case let (.feedback(scroll), .pageUp), let (.score(scroll), .pageUp):
            state.phase = state.phase.scrolled(to: max(0, scroll - AdvisorView(self).quizPageRows))
        case let (.feedback(scroll), .pageDown), let (.score(scroll), .pageDown):
            let limit = AdvisorView(self).quizScrollLimit(state)
            state.phase = state.phase.scrolled(to: min(limit, scroll + AdvisorView(self).quizPageRows))
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

    /// Takes an option on the question page: a placement is the answer; an answer to a question goes on the sheet,
    /// and once no other answer can change the placement, the sheet is the answer.
    func choose(_ state: inout QuizScreen, _ option: QuizOption) {
        switch option {
        case let .placement(placement):
            state.quiz.answer(placement)
            state.phase = .feedback(scroll: 0)
        case let .answer(answer):
            state.sheet.give(answer)
            if state.sheet.isComplete {
                state.quiz.answer(state.sheet)
                state.sheet = QuizSheet()
                state.phase = .feedback(scroll: 0)
            } else {
                state.phase = .question(selected: 0)
            }
        }
    }

    /// Shows another quiz page.
    mutating func setQuiz(_ state: QuizScreen, phase: QuizPhase) -> [Effect] {
        var state = state
        state.phase = phase
        screen = .quiz(state)
        return []
    }

    /// Leaves the quiz: `podwright quiz` ends (0 once the score is shown, 130 before), the advisor returns to its start menu.
    mutating func leaveQuiz(_ state: QuizScreen) -> [Effect] {
        if state.standalone { return [.exit(status: state.showsScore ? ExitStatus.success : ExitStatus.cancelled, stdout: nil)] }
        screen = .start(selected: startItems.firstIndex(of: .quiz) ?? 0)
        return []
    }
}
