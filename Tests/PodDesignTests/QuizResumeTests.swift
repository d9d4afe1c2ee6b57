import Foundation
@testable import PodDesign
@testable import PodModel
import Testing

/// A learner who reconnects to `podwright serve` gets their answers back: a progress line read again gives the same
/// quiz, and a line from another seed gives none.
@Suite struct QuizResumeTests {
    /// The seed-7 quiz with its first question answered at the questions level (same, together, stateless,
    /// alongside, transform-output: the adapter) and its second at the placement level's choice.
    static func answered(level: QuizLevel) -> Quiz {
        var quiz = Quiz(seed: 7, count: 3, level: level)
        switch level {
        case .questions:
            var sheet = QuizSheet()
            while let question = sheet.next { sheet.give(question.choices[0]) }
            quiz.answer(sheet)
            var second = QuizSheet()
            while let question = second.next { second.give(question.choices.last!) }
            quiz.answer(second)
        case .placement:
            quiz.answer(.adapter)
            quiz.answer(.deployment)
        }
        return quiz
    }

    @Test(arguments: [QuizLevel.questions, .placement])
    func resumesTheAnswers(level: QuizLevel) throws {
        let quiz = Self.answered(level: level)
        let line = QuizProgress(event: "answer", report: QuizReport(quiz: quiz, seed: 7, name: "kim", language: "en")).line
        let progress = try #require(QuizProgress.read(line))
        let resumed = try #require(Quiz(seed: 7, resuming: progress.report))
        #expect(resumed.results == quiz.results)
        #expect(resumed.level == level)
        #expect(resumed.current?.id == quiz.current?.id)
        #expect(resumed.scenarios.count == 3)
    }

    @Test func refusesAnotherSeedsAnswers() {
        let report = QuizReport(quiz: Self.answered(level: .placement), seed: 7, name: nil, language: "en")
        #expect(Quiz(seed: 8, resuming: report) == nil)
    }

    @Test func refusesAnUnreadableAnswer() {
        var report = QuizReport(quiz: Self.answered(level: .questions), seed: 7, name: nil, language: "en")
        report.questions[0].answers[0].given = "sometimes"
        #expect(Quiz(seed: 7, resuming: report) == nil)
        #expect(QuizProgress.read("not json") == nil)
    }
}
