@testable import AdvisorApp
import Foundation
import PodDesign
import PodText
import TerminalUI

/// Builds quiz sessions and answers them the way a learner at the keyboard would.
enum QuizDriver {
    /// `podwright quiz --seed 7 --count 3`: log-adapter, redis-proxy, multi-tier-was.
    static func standalone(width: Int = 80, height: Int = 24, language: Language = .en) -> AdvisorModel {
        AdvisorModel(screen: .quiz(QuizScreen(quiz: Quiz(seed: 7, count: 3), standalone: true)), width: width, height: height, language: language)
    }

    /// Moves to a choice on the question page and presses Enter; returns the effects.
    @discardableResult
    static func choose(_ model: inout AdvisorModel, _ answer: QuizAnswer) -> [Effect] {
        Driver.press(&model, Array(repeating: .up, count: QuizAnswer.allCases.count))
        return Driver.press(&model, Array(repeating: .down, count: QuizAnswer.allCases.firstIndex(of: answer)!) + [.enter])
    }

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
