@testable import AdvisorApp
import Foundation
import PodDesign
import PodEngine
import PodModel
import Testing

/// Which steps a companion is asked: the questions whose answer can still change its rule or role, the answered
/// ones, and the channels that mean something where it goes.
@Suite struct StepListTests {
    static func steps(_ companion: DraftCompanion, showing: CompanionStep? = nil) -> [CompanionStep] {
        CompanionStep.steps(for: companion, choosesServed: false, showing: showing)
    }

    static func companion(_ answers: [Answer], image: String = "busybox:1.36") -> DraftCompanion {
        var companion = DraftCompanion(name: "helper")
        companion.image = image
        for answer in answers { companion.answers.give(answer) }
        return companion
    }

    @Test func aNewCompanionIsAskedEveryQuestionInTheAskingOrder() {
        // Nothing said places it apart: no shared paths across pods, but its ports make its Service.
        #expect(Self.steps(Self.companion([])) == [.name, .image, .question(.state), .question(.scaling), .question(.timing),
                                                   .question(.function), .question(.mainCodeChangeable), .question(.lifecycle),
                                                   .question(.coupling), .ports])
    }

    @Test func aStatefulCompanionIsAskedNothingMore() {
        #expect(Self.steps(Self.companion([.state(.stateful)])) == [.name, .image, .question(.state), .ports])
    }

    @Test func aSidecarWithTheMainLifecycleIsNotAskedItsCoupling() {
        let shipper = Self.companion([.state(.stateless), .scaling(.together), .timing(.alongside), .function(.extend), .lifecycle(.same)])
        #expect(Self.steps(shipper) == [.name, .image, .question(.state), .question(.scaling), .question(.timing),
                                        .question(.function), .question(.lifecycle), .sharedPaths, .ports])
    }

    @Test func anAnsweredQuestionStaysWhenItNoLongerMatters() {
        // Answered as a sidecar, then changed to stateful: the answers stay to be changed back, the channels that
        // mean nothing apart go (those with text would stay).
        var companion = Self.companion([.state(.stateless), .scaling(.together), .timing(.alongside), .function(.extend),
                                        .lifecycle(.same)])
        companion.answers.give(.state(.stateful))
        #expect(Self.steps(companion) == [.name, .image, .question(.state), .question(.scaling), .question(.timing),
                                          .question(.function), .question(.lifecycle), .ports])
        #expect(companion.answers[.lifecycle] == .lifecycle(.same), "the draft keeps the answer")
    }

    @Test func anInitContainerIsNotAskedForPortsUnlessItHasSome() {
        var step = Self.companion([.state(.stateless), .scaling(.together), .timing(.beforeMain), .lifecycle(.same)])
        #expect(Self.steps(step) == [.name, .image, .question(.state), .question(.scaling), .question(.timing),
                                     .question(.lifecycle), .sharedPaths])
        step.ports = "9000"
        #expect(Self.steps(step).last == .ports, "typed ports are never hidden")
        // A native sidecar runs alongside: it is asked.
        let sidecar = Self.companion([.state(.stateless), .scaling(.together), .timing(.alongside), .function(.extend), .lifecycle(.same)])
        #expect(Self.steps(sidecar).contains(.ports))
    }

    @Test func aCompanionApartIsNotAskedForSharedPathsUnlessItHasSome() {
        var apart = Self.companion([.state(.stateless), .scaling(.independent), .timing(.alongside)])
        #expect(!Self.steps(apart).contains(.sharedPaths))
        apart.sharedPaths = "/data"
        #expect(Self.steps(apart).contains(.sharedPaths), "typed paths are never hidden")
    }

    @Test func theStepOnScreenStays() {
        // Emptying the shared paths of a companion apart, or looking at a question that no longer matters.
        let apart = Self.companion([.state(.stateful)])
        #expect(Self.steps(apart, showing: .sharedPaths) == [.name, .image, .question(.state), .sharedPaths, .ports])
        #expect(Self.steps(apart, showing: .question(.coupling)) == [.name, .image, .question(.state), .question(.coupling), .ports])
    }

    @Test func emptyingSharedPathsOnScreenDoesNotMoveThePerson() {
        var draft = Draft()
        draft.mainImage = "nginx"
        var apart = Self.companion([.state(.stateful)])
        apart.sharedPaths = "/x"
        draft.companions = [apart]
        var model = AdvisorModel(draft: draft, screen: .question(companion: 0, step: .sharedPaths))
        Driver.clear(&model)
        Driver.press(&model, [.enter])
        #expect(model.screen == .question(companion: 0, step: .ports))
    }

    /// The screens of one companion of an example, answered through the advisor as the example answers it, with
    /// the companions before it in place.
    static func screens(_ example: String, _ name: String) throws -> [CompanionStep] {
        let text = try String(contentsOf: Driver.root.appendingPathComponent("Resources/examples/\(example).yaml"), encoding: .utf8)
        let design = try DesignParser.parse(text, file: "\(example).yaml")
        var draft = Draft(design)
        let index = try #require(draft.companions.firstIndex { $0.name == name })
        let full = draft.companions[index]
        draft.companions = Array(draft.companions[..<index])
        var fresh = DraftCompanion(name: name)
        fresh.image = full.image
        draft.companions.append(fresh)
        var model = AdvisorModel(draft: draft, screen: .question(companion: index, step: .name))
        var seen: [CompanionStep] = []
        while case let .question(_, step) = model.screen, seen.count < 20 {
            seen.append(step)
            if let choices = step.choices, case let .question(question) = step {
                let target = try #require(choices.firstIndex(of: full.answer(question)))
                let current = try #require(choices.firstIndex(of: model.draft.companions[index].answer(question)))
                Driver.press(&model, Array(repeating: target > current ? .down : .up, count: abs(target - current)))
            } else if step != .serves {
                Driver.clear(&model)
                Driver.type(&model, full.text(of: step))
            }
            Driver.press(&model, [.enter])
        }
        #expect(model.draft.companions[index].engineAnswers.answer(to: .state) == full.engineAnswers.answer(to: .state))
        return seen
    }

    @Test func theArticlesCasesTakeFewScreens() throws {
        // Before: 10 for an init container, 11 for a sidecar or adapter, 13 for an ambassador, 11-12 apart.
        let counts = try [
            ("model-init", "model-loader"), ("wait-for-db", "wait-for-db"), ("log-shipper", "log-shipper"),
            ("git-sync", "git-sync"), ("log-adapter", "log-adapter"), ("redis-proxy", "redis-proxy"),
            ("legacy-db-url", "db-ambassador"), ("multi-tier", "was"), ("multi-tier", "db"), ("multi-tier", "mq"),
        ].map { try Self.screens($0.0, $0.1).count }
        #expect(counts == [7, 7, 9, 9, 9, 11, 11, 6, 5, 5])
        #expect(try Self.screens("multi-tier", "db") == [.name, .image, .serves, .question(.state), .ports])
    }
}
