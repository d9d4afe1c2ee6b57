@testable import AdvisorApp
import Foundation
import PodDesign
import PodModel
import PodText
import TerminalUI

/// Builds quiz sessions and answers them the way a learner at the keyboard would.
enum QuizDriver {
    /// `podwright quiz --seed 7 --count 3` (log-adapter, redis-proxy, multi-tier), at a level given with `--level`
    /// (nil: the intro asks).
    static func standalone(width: Int = 80, height: Int = 24, language: Language = .en, level: QuizLevel? = .questions) -> AdvisorModel {
        let quiz = Quiz(seed: 7, count: 3, level: level ?? .questions)
        return AdvisorModel(screen: .quiz(QuizScreen(quiz: quiz, standalone: true, levelFixed: level != nil)),
                            width: width, height: height, language: language)
    }

    /// Picks a placement on the question page with its number key; returns the effects.
    @discardableResult
    static func choose(_ model: inout AdvisorModel, _ answer: QuizAnswer) -> [Effect] {
        Driver.press(&model, [number(QuizAnswer.allCases.firstIndex(of: answer)!)])
    }

    /// Answers the co-location questions as they come, each with its number key, from `answers` (by question).
    static func answer(_ model: inout AdvisorModel, _ answers: Answers) {
        while let state = state(model), case .question = state.phase, let question = state.sheet.next {
            let index = question.choices.firstIndex(of: answers.answer(to: question))!
            Driver.press(&model, [number(index)])
        }
    }

    /// Answers the current scenario's questions as its story does.
    static func answerAsTheStory(_ model: inout AdvisorModel) {
        guard let scenario = state(model)?.quiz.current else { return }
        answer(&model, scenario.companion.answers)
    }

    /// The number key of an option (0: `1`).
    static func number(_ index: Int) -> Key { .character(Character(String(index + 1))) }

    /// The quiz state of the model (fails the caller's expectations when it is not on the quiz).
    static func state(_ model: AdvisorModel) -> QuizScreen? {
        if case let .quiz(state) = model.screen { return state }
        return nil
    }

    /// The screen as text.
    static func screen(_ model: AdvisorModel) -> String {
        AdvisorView(model, theme: .monochrome).render().lines.joined(separator: "\n")
    }

    /// The text of the screen with every line's trailing spaces and frame removed, joined by spaces (wrapping undone).
    static func prose(_ model: AdvisorModel) -> String {
        AdvisorView(model, theme: .monochrome).render().lines.map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ "))
        }.joined(separator: " ")
    }
}
