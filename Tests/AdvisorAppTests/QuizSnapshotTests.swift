@testable import AdvisorApp
import Foundation
import PodDesign
import PodModel
import PodText
import TerminalUI
import Testing

/// Every quiz page rendered at 80x24 and 60x20, in English and Korean, compared with text snapshots
/// (every scenario's question page is stored at 80x24 and checked to fit at 60x20).
/// Re-record with `PODWRIGHT_RECORD=1 swift test --filter QuizSnapshotTests`; a missing snapshot fails.
@Suite struct QuizSnapshotTests {
    /// A named quiz page, made for a size and a language.
    struct Scene: Sendable, CustomTestStringConvertible {
        var name: String
        var make: @Sendable (Int, Int, Language) -> AdvisorModel
        var testDescription: String { name }
    }

    static let pages: [Scene] = [
        Scene(name: "quiz-intro") { w, h, l in QuizDriver.standalone(width: w, height: h, language: l) },
        Scene(name: "quiz-intro-level") { w, h, l in QuizDriver.standalone(width: w, height: h, language: l, level: nil) },
        Scene(name: "quiz-feedback-right") { w, h, l in
            var model = QuizDriver.standalone(width: w, height: h, language: l)
            Driver.press(&model, [.enter])
            QuizDriver.answerAsTheStory(&model)
            return model
        },
        Scene(name: "quiz-feedback-wrong") { w, h, l in
            var model = QuizDriver.standalone(width: w, height: h, language: l)
            Driver.press(&model, [.enter])
            QuizDriver.answer(&model, Answers(lifecycle: .independent, coupling: .loose, scaling: .together, mainCodeChangeable: true))
            return model
        },
        Scene(name: "quiz-placement-feedback-wrong") { w, h, l in
            var model = QuizDriver.standalone(width: w, height: h, language: l, level: .placement)
            Driver.press(&model, [.enter])
            QuizDriver.choose(&model, .sidecar)
            return model
        },
        Scene(name: "quiz-question-answered") { w, h, l in
            var model = QuizDriver.standalone(width: w, height: h, language: l)
            Driver.press(&model, [.enter, .character("1"), .character("1")])
            return model
        },
        Scene(name: "quiz-leaving") { w, h, l in
            var model = QuizDriver.standalone(width: w, height: h, language: l)
            Driver.press(&model, [.enter, .character("1"), .character("q")])
            return model
        },
        Scene(name: "quiz-score") { w, h, l in
            var model = QuizDriver.standalone(width: w, height: h, language: l)
            Driver.press(&model, [.enter])
            QuizDriver.answerAsTheStory(&model)
            Driver.press(&model, [.enter])
            QuizDriver.answer(&model, Answers(lifecycle: .independent, coupling: .loose, scaling: .together, mainCodeChangeable: true))
            Driver.press(&model, [.enter])
            QuizDriver.answerAsTheStory(&model)
            Driver.press(&model, [.enter])
            return model
        },
        Scene(name: "quiz-start-menu") { w, h, l in
            var model = AdvisorModel(width: w, height: h, language: l)
            Driver.press(&model, [.down, .down])
            return model
        },
    ]

    /// One question page per scenario, as the first question of a one-question quiz at the placement level (every
    /// placement offered: the page with the most options).
    static func question(_ scenario: QuizScenario, _ width: Int, _ height: Int, _ language: Language) -> AdvisorModel {
        let quiz = Quiz(scenarios: [scenario], level: .placement)
        return AdvisorModel(screen: .quiz(QuizScreen(quiz: quiz, phase: .question(selected: 0), standalone: true, levelFixed: true)),
                            width: width, height: height, language: language)
    }

    static func render(_ model: AdvisorModel) -> [String] {
        var backend = TestBackend(width: model.width, height: model.height)
        backend.draw(AdvisorView(model, theme: .monochrome).render())
        return backend.buffer.lines
    }

    @Test(arguments: pages)
    func pageMatchesItsSnapshots(_ scene: Scene) throws {
        for language in Language.allCases {
            for (width, height) in SnapshotTests.sizes {
                let lines = Self.render(scene.make(width, height, language))
                try SnapshotTests.check(lines, "\(scene.name).\(language.rawValue).\(width)x\(height).txt", width: width)
            }
        }
    }

    @Test(arguments: QuizScenario.all.map(\.id))
    func questionPageMatchesItsSnapshotAndFitsTheSmallestTerminal(_ id: String) throws {
        let scenario = try #require(QuizScenario.all.first { $0.id == id })
        for language in Language.allCases {
            try SnapshotTests.check(Self.render(Self.question(scenario, 80, 24, language)), "quiz-question-\(id).\(language.rawValue).80x24.txt", width: 80)
            var model = Self.question(scenario, 60, 20, language)
            let small = Self.render(model)
            for line in small { #expect(line.displayColumns == 60) }
            let count = QuizAnswer.allCases.count
            let choices = (1...count).map { number in small.contains { $0.hasPrefix("│ ▸ \(number). ") || $0.hasPrefix("│   \(number). ") } }
            #expect(choices == Array(repeating: true, count: count), "\(id) \(language): the choices do not all show at 60x20")
            #expect(small[17].hasPrefix("└") && small[1].hasPrefix("┌"), "\(id) \(language): the frame is not whole at 60x20")
            // The story scrolls: page by page, every one of its lines shows, and the last page has no `↓ more`.
            let state = try #require(QuizDriver.state(model))
            let lines = AdvisorView(model).questionLayout(state).story.map { $0.map(\.text).joined() }
            let story = Catalog(language).text(scenario.story)
            #expect(lines.joined(separator: " ").replacingOccurrences(of: "  ", with: " ") == story, "\(id) \(language): the story wraps into other words")
            var seen = Set<String>()
            for _ in 0..<lines.count {
                Self.render(model).forEach { seen.insert($0.trimmingCharacters(in: CharacterSet(charactersIn: "│ "))) }
                Driver.press(&model, [.pageDown])
            }
            for line in lines { #expect(seen.contains(line.trimmingCharacters(in: .whitespaces)), "\(id) \(language): '\(line)' never shows at 60x20") }
            #expect(!QuizDriver.prose(model).contains(Catalog(language).text(.quizMore)), "\(id) \(language): more is marked at the end")
        }
    }
}
