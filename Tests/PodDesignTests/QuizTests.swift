import Foundation
@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing

/// The quiz's core: scenarios read with the real parser, answers that are the engine's, the seeded order, scoring.
@Suite struct QuizTests {
    static let folder = Support.root.appendingPathComponent("Resources/quiz")

    /// Written by hand from the rules in the spec (not from the engine): the layout and the rule that decides it.
    static let expected: [String: (QuizAnswer, String)] = [
        "batch-log-shipper": (.sidecar, "colocate"),
        "git-sync": (.sidecar, "colocate"),
        "legacy-db": (.ambassador, "colocate"),
        "log-adapter": (.adapter, "colocate"),
        "log-shipper": (.sidecar, "colocate"),
        "mesh-proxy": (.ambassador, "colocate"),
        "metrics-exporter": (.adapter, "colocate"),
        "model-loader": (.initContainer, "colocate"),
        "multi-tier": (.deployment, "separate.scaling"),
        "queue-worker": (.deployment, "separate.scaling"),
        "redis-proxy": (.ambassador, "colocate"),
        "schema-migration": (.job, "separate.once-per-release"),
        "shared-cache": (.deployment, "separate.scaling"),
        "sql-proxy": (.ambassador, "colocate"),
        "status-page": (.deployment, "separate.independent"),
        "tls-terminator": (.sidecar, "colocate"),
        "vault-agent": (.sidecar, "colocate"),
        "wait-for-db": (.initContainer, "colocate"),
        "web-database": (.statefulSet, "separate.stateful"),
    ]

    static var fileIDs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test func everyScenarioFileLoadsWithACompanionToAskAbout() {
        #expect(QuizScenario.all.map(\.id) == Self.fileIDs)
        for scenario in QuizScenario.all {
            #expect(!scenario.design.companions.isEmpty, "\(scenario.id) has no companion to ask about")
        }
    }

    @Test(arguments: QuizScenario.all.map(\.id))
    func theAnswerIsWhatTheEngineDecides(_ id: String) throws {
        let scenario = try #require(QuizScenario.all.first { $0.id == id })
        let (answer, rule) = try #require(Self.expected[id], "\(id) has no expected answer in this test")
        let decision = scenario.decision()
        #expect(QuizAnswer(decision.placement) == answer)
        #expect(decision.rule.rawValue == rule)
        #expect(!Advisor.decide(scenario.design).hasErrors, "\(id): the design has an error finding")
    }

    @Test func thereAreEnoughScenariosCoveringEveryLayoutWithStoriesInBothLanguages() throws {
        #expect(QuizScenario.all.count >= 15)
        #expect(Set(Self.expected.keys) == Set(QuizScenario.all.map(\.id)))
        let layouts = Set(QuizScenario.all.map { QuizAnswer($0.decision().placement) })
        #expect(layouts == Set(QuizAnswer.allCases))
        for scenario in QuizScenario.all {
            for (part, key) in [("title", scenario.title), ("story", scenario.story)] {
                let english = Catalog(.en)[key], korean = Catalog(.ko)[key]
                #expect(!english.isEmpty && english != korean, "\(scenario.id).\(part) is not translated")
                #expect(korean.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(scenario.id).\(part) has no Hangul")
            }
        }
    }

    @Test func theTargetVersionDecidesNativeOrClassicButNotTheLayout() throws {
        let scenario = try #require(QuizScenario.all.first { $0.id == "batch-log-shipper" })
        #expect(scenario.decision().placement == .colocated(role: .sidecar, native: true, justifications: [.lifecycle, .coupling]))
        let old = scenario.decision(target: KubernetesVersion("1.28"))
        #expect(old.placement == .colocated(role: .sidecar, native: false, justifications: [.lifecycle, .coupling]))
    }

    @Test func theDecidingAnswersAreTheOnesTheRuleAndReasonsRead() throws {
        func questions(_ id: String) throws -> [Question] {
            QuizScenario.decidingQuestions(try #require(QuizScenario.all.first { $0.id == id }).decision())
        }
        #expect(try questions("web-database") == [.state])
        #expect(try questions("schema-migration") == [.scaling, .timing])
        #expect(try questions("status-page") == [.lifecycle, .coupling, .mainCodeChangeable, .timing, .function])
        #expect(try questions("legacy-db") == [.mainCodeChangeable, .timing, .function])
        #expect(try questions("wait-for-db") == [.lifecycle, .timing])
        #expect(try questions("log-shipper") == [.lifecycle, .coupling, .timing, .function])
    }

    @Test(arguments: QuizScenario.all.map(\.id))
    func answeringAsTheStoryDoesGivesTheStorysPlacement(_ id: String) throws {
        let scenario = try #require(QuizScenario.all.first { $0.id == id })
        var sheet = QuizSheet()
        while let question = sheet.next {
            sheet.give(scenario.companion.answers.answer(to: question))
        }
        #expect(sheet.asked.contains(.state), "\(id): whether it keeps state can always move it to a StatefulSet")
        let decision = scenario.decision(answers: sheet.answers)
        #expect(QuizAnswer(decision.placement) == QuizAnswer(scenario.decision().placement))
        #expect(decision.rule == scenario.decision().rule)
    }

    @Test func theSheetAsksOnlyWhatCanStillChangeThePlacement() {
        // A sidecar: the same lifecycle rules out a Deployment for a loose coupling, so coupling and whether the main
        // code can change are not asked; state, scaling and timing can still give a pod of its own.
        let sidecar = QuizSheet([.lifecycle(.same), .scaling(.together), .state(.stateless), .timing(.alongside), .function(.extend)])
        #expect(sidecar.isComplete)
        #expect(sidecar.asked == [.lifecycle, .scaling, .state, .timing, .function])
        // A lifecycle of its own: coupling matters.
        #expect(QuizSheet([.lifecycle(.independent)]).next == .coupling)
        // A database: once it keeps state, nothing else matters.
        var database = QuizSheet([.lifecycle(.independent), .coupling(.loose), .scaling(.together), .mainCodeChangeable(true)])
        #expect(database.next == .state)
        database.give(.state(.stateful))
        #expect(database.isComplete)
        // Before the main container: what it does beside it is never asked.
        let initial = QuizSheet([.lifecycle(.same), .coupling(.loose), .scaling(.together), .state(.stateless), .timing(.beforeMain)])
        #expect(initial.isComplete && !initial.asked.contains(.function))
        // An answer to another question than the one asked is ignored; taking back reopens the question.
        var sheet = QuizSheet()
        sheet.give(.state(.stateful))
        #expect(sheet.given.isEmpty && sheet.next == .lifecycle)
        sheet.give(.lifecycle(.same))
        #expect(sheet.next == .scaling)
        let tookBack = sheet.takeBack()
        #expect(tookBack && sheet.next == .lifecycle && sheet.given.isEmpty)
        let again = sheet.takeBack()
        #expect(!again)
    }

    @Test func splitMix64GivesTheReferenceNumbers() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func aSeedGivesAFixedOrder() {
        #expect(Quiz.order(seed: 7).map(\.id) == [
            "log-adapter", "redis-proxy", "multi-tier", "queue-worker", "batch-log-shipper", "model-loader",
            "tls-terminator", "vault-agent", "git-sync", "web-database", "legacy-db", "wait-for-db", "status-page",
            "sql-proxy", "log-shipper", "schema-migration", "shared-cache", "metrics-exporter", "mesh-proxy",
        ])
        #expect(Quiz.order(seed: 7, count: 3).map(\.id) == ["log-adapter", "redis-proxy", "multi-tier"])
        #expect(Quiz.order(seed: 7) == Quiz.order(seed: 7))
        let orders = Set((0..<20).map { Quiz.order(seed: UInt64($0)).map(\.id) })
        #expect(orders.count == 20, "twenty seeds should give twenty orders")
        for seed in [0, 1, 42, UInt64.max] {
            #expect(Set(Quiz.order(seed: seed).map(\.id)) == Set(QuizScenario.all.map(\.id)), "every scenario once")
        }
    }

    @Test func scoringCountsTheAnswersTheEngineAgreesWith() throws {
        var quiz = Quiz(seed: 7, count: 3)
        #expect(quiz.current?.id == "log-adapter" && quiz.score == 0 && !quiz.isFinished)
        let first = quiz.answer(.adapter)
        let right = try #require(first)
        #expect(right.isRight && right.correct == .adapter && right.decision.rule == .colocate)
        let second = quiz.answer(.sidecar)
        let wrong = try #require(second)
        #expect(!wrong.isRight && wrong.correct == .ambassador && wrong.chosen == .sidecar)
        quiz.answer(.deployment)
        #expect(quiz.isFinished && quiz.current == nil)
        #expect(quiz.score == 2)
        #expect(quiz.results.map(\.isRight) == [true, false, true])
        #expect(quiz.answer(.sidecar) == nil, "a finished quiz takes no more answers")
    }

    @Test func theQuestionsLevelComparesTheEnginesDecisionOnBothSetsOfAnswers() throws {
        let scenario = try #require(QuizScenario.all.first { $0.id == "log-adapter" })
        var quiz = Quiz(scenarios: [scenario])
        #expect(quiz.level == .questions)
        #expect(quiz.answer(QuizSheet([.lifecycle(.same)])) == nil, "an unfinished sheet is no answer")
        // Loose coupling and a lifecycle of its own put it in a Deployment, whatever the story says.
        let sheet = QuizSheet([.lifecycle(.independent), .coupling(.loose), .scaling(.together), .mainCodeChangeable(true),
                               .state(.stateless)])
        #expect(sheet.isComplete)
        let answered = quiz.answer(sheet)
        let result = try #require(answered)
        #expect(result.chosen == .deployment && result.correct == .adapter && !result.isRight)
        #expect(result.learnerDecision?.rule == .separateIndependent)
        #expect(result.answerChecks.map(\.isRight) == [false, false, true, false, true])
        let report = QuizReport(quiz: quiz, seed: 42, name: "Kim \"K\" / 김", language: "en")
        #expect(report.line == #"{"answered":1,"count":1,"finished":true,"kind":"quiz-result","kubernetes":null,"language":"en","level":"questions","name":"Kim \"K\" / 김","questions":[{"answers":[{"expected":"same","given":"independent","question":"lifecycle","right":false},{"expected":"tight","given":"loose","question":"coupling","right":false},{"expected":"together","given":"together","question":"scaling","right":true},{"expected":"no","given":"yes","question":"mainCodeChangeable","right":false},{"expected":"stateless","given":"stateless","question":"state","right":true}],"expected":"adapter","expectedRule":"colocate","id":"log-adapter","number":1,"placement":"deployment","right":false,"rule":"separate.independent"}],"score":0,"seed":"42","version":1}"#)
    }
}
