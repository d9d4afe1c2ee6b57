@testable import AdvisorApp
import Foundation
import PodDesign
import PodModel
import PodText
import TerminalUI

/// Feeds keys and text to a model, the way a person at the keyboard would.
enum Driver {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Presses the keys in order and returns every effect they asked for.
    @discardableResult
    static func press(_ model: inout AdvisorModel, _ keys: [Key]) -> [Effect] {
        keys.flatMap { model.update(.event(.key($0))) }
    }

    /// Types text, one character at a time.
    @discardableResult
    static func type(_ model: inout AdvisorModel, _ text: String) -> [Effect] {
        press(&model, text.map { .character($0) })
    }

    /// Clears the field being typed into.
    static func clear(_ model: inout AdvisorModel) {
        while let text = model.typedText, !text.isEmpty { press(&model, [.backspace]) }
    }

    /// Answers the current companion's steps: text steps get the text given, choice steps the word given
    /// (or Enter on the default when the map has none; for `serves`, the main container).
    static func answer(_ model: inout AdvisorModel, _ answers: [String: String]) {
        while case let .question(index, step) = model.screen {
            if step == .serves {
                let names = model.draft.servable(by: index)
                let target = names.firstIndex(of: answers["serves"] ?? model.draft.mainName)!
                let current = names.firstIndex(of: model.draft.served(by: model.draft.companions[index]))!
                press(&model, Array(repeating: target > current ? Key.down : Key.up, count: abs(target - current)))
            } else if let choices = step.choices, case let .question(question) = step {
                let wanted = answers[question.rawValue].flatMap { Answer(question, word: $0) } ?? model.draft.companions[index].answer(question)
                let target = choices.firstIndex(of: wanted)!
                let current = choices.firstIndex(of: model.draft.companions[index].answer(question))!
                press(&model, Array(repeating: target > current ? Key.down : Key.up, count: abs(target - current)))
            } else {
                clear(&model)
                type(&model, answers[step.key.rawValue] ?? "")
            }
            press(&model, [.enter])
        }
    }

    /// The articles' log shipper, answered through the advisor from the start screen.
    static func logShipperSession(width: Int = 80, height: Int = 24, language: Language = .en) -> AdvisorModel {
        var model = AdvisorModel(width: width, height: height, language: language, manifestToStdout: true)
        press(&model, [.enter])
        clear(&model); type(&model, "web"); press(&model, [.down])
        clear(&model); type(&model, "nginx"); press(&model, [.down])
        type(&model, "nginx:1.27"); press(&model, [.down, .down])
        clear(&model); type(&model, "3"); press(&model, [.down])
        type(&model, "80"); press(&model, [.down])
        while model.draft.kubernetes != "1.33" { press(&model, [.left]) }
        press(&model, [.down, .down, .enter])
        press(&model, [.character("a")])
        answer(&model, [
            "name": "log-shipper", "image": "fluent/fluent-bit:3.1", "lifecycle": "same", "coupling": "tight",
            "scaling": "together", "mainCodeChangeable": "yes", "state": "stateless", "timing": "alongside",
            "function": "extend", "sharedPaths": "/var/log/nginx",
        ])
        return model
    }
}
