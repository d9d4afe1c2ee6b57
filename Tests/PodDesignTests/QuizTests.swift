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
        "multi-tier-was": (.ownPod, "separate.scaling"),
        "queue-worker": (.ownPod, "separate.scaling"),
        "redis-proxy": (.ambassador, "colocate"),
        "schema-migration": (.ownPod, "separate.once-per-release"),
        "shared-cache": (.ownPod, "separate.scaling"),
        "sql-proxy": (.ambassador, "colocate"),
        "status-page": (.ownPod, "separate.independent"),
        "tls-terminator": (.sidecar, "colocate"),
        "vault-agent": (.sidecar, "colocate"),
        "wait-for-db": (.initContainer, "colocate"),
        "web-database": (.ownPod, "separate.stateful"),
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

    @Test func splitMix64GivesTheReferenceNumbers() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func aSeedGivesAFixedOrder() {
        #expect(Quiz.order(seed: 7).map(\.id) == [
            "log-adapter", "redis-proxy", "multi-tier-was", "queue-worker", "batch-log-shipper", "model-loader",
            "tls-terminator", "vault-agent", "git-sync", "web-database", "legacy-db", "wait-for-db", "status-page",
            "sql-proxy", "log-shipper", "schema-migration", "shared-cache", "metrics-exporter", "mesh-proxy",
        ])
        #expect(Quiz.order(seed: 7, count: 3).map(\.id) == ["log-adapter", "redis-proxy", "multi-tier-was"])
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
        quiz.answer(.ownPod)
        #expect(quiz.isFinished && quiz.current == nil)
        #expect(quiz.score == 2)
        #expect(quiz.results.map(\.isRight) == [true, false, true])
        #expect(quiz.answer(.sidecar) == nil, "a finished quiz takes no more answers")
    }
}
