@testable import AdvisorApp
import Foundation
import PodDesign
import PodEngine
import PodModel
import PodText
import TerminalUI
import Testing

/// The `serves` step: shown only when there is a choice, offering the main container and the companions placed
/// apart (never the companion itself nor one that serves it), written as no field for the main container.
@Suite struct ServesStepTests {
    /// The whole-application example as a draft: web-logs, api, api-db-pool, migrate, db, db-metrics.
    static func wholeApp() throws -> Draft {
        let url = Driver.root.appendingPathComponent("Resources/examples/whole-app.yaml")
        return Draft(try DesignParser.parse(Data(contentsOf: url), file: "whole-app.yaml"))
    }

    static func index(_ name: String, in draft: Draft) -> Int {
        draft.companions.firstIndex { $0.name == name }!
    }

    /// A model on the whole application, opened at a companion's step.
    static func model(at name: String, step: CompanionStep, width: Int = 80, height: Int = 24, language: Language = .en) throws -> AdvisorModel {
        let draft = try wholeApp()
        return AdvisorModel(draft: draft, screen: .question(companion: index(name, in: draft), step: step),
                            width: width, height: height, language: language, designPath: "whole-app.yaml")
    }

    /// A model on the whole application's result screen.
    static func result(width: Int = 80, height: Int = 24, language: Language = .en) throws -> AdvisorModel {
        var model = AdvisorModel(draft: try wholeApp(), screen: .companions(selected: 0), width: width, height: height,
                                 language: language, designPath: "whole-app.yaml")
        Driver.press(&model, [.character("r")])
        return model
    }

    @Test func theStepIsHiddenWithOnlyTheMainContainerToServe() {
        var draft = Draft()
        draft.mainImage = "nginx:1.27"
        var shipper = DraftCompanion(name: "log-shipper")
        shipper.image = "fluent/fluent-bit:3.1"
        for answer: Answer in [.lifecycle(.same), .coupling(.tight), .scaling(.together)] { shipper.setAnswer(answer) }
        draft.companions = [shipper]
        #expect(draft.servable(by: 0) == ["app"])
        #expect(!draft.steps(ofCompanion: 0).contains(.serves))
        // A companion placed apart is something to serve, for every other companion.
        var db = DraftCompanion(name: "db")
        db.image = "postgres:16"
        draft.companions.append(db)
        #expect(draft.servable(by: 0) == ["app", "db"])
        #expect(Array(draft.steps(ofCompanion: 0).prefix(3)) == [.name, .image, .serves])
        #expect(!draft.steps(ofCompanion: 1).contains(.serves), "db has only the main container and a co-located companion")
    }

    @Test func choicesAreTheMainContainerAndCompanionsApartButNeverItselfNorOneServingIt() throws {
        let draft = try Self.wholeApp()
        func servable(_ name: String) -> [String] { draft.servable(by: Self.index(name, in: draft)) }
        // web-logs and db-metrics are co-located, so nobody may serve them.
        #expect(servable("api-db-pool") == ["web", "api", "migrate", "db"])
        #expect(servable("web-logs") == ["web", "api", "migrate", "db"])
        // api is placed apart, but migrate and db serve it: serving either would close a circle.
        #expect(servable("api") == ["web"])
        #expect(!draft.steps(ofCompanion: Self.index("api", in: draft)).contains(.serves))
        // db-metrics serves db, so db may serve api or migrate, but not itself.
        #expect(servable("db") == ["web", "api", "migrate"])
        #expect(servable("migrate") == ["web", "api", "db"])
    }

    @Test func aServedContainerThatNoLongerQualifiesStaysOnOfferToBeChanged() throws {
        var draft = try Self.wholeApp()
        let pool = Self.index("api-db-pool", in: draft)
        draft.companions[pool].serves = "db-metrics"
        #expect(draft.servable(by: pool) == ["web", "api", "migrate", "db", "db-metrics"])
        draft.companions[pool].serves = "gone"
        #expect(draft.servable(by: pool).last == "gone")
        #expect(draft.steps(ofCompanion: pool).contains(.serves))
    }

    @Test func arrowsChooseWhomItServesAndTheMainContainerIsWrittenAsNoField() throws {
        var model = try Self.model(at: "api-db-pool", step: .image)
        let pool = Self.index("api-db-pool", in: model.draft)
        Driver.press(&model, [.enter])
        #expect(model.screen == .question(companion: pool, step: .serves))
        #expect(!model.typing)
        Driver.press(&model, [.down, .down])
        #expect(model.draft.companions[pool].serves == "db")
        Driver.press(&model, [.down])
        #expect(model.draft.companions[pool].serves == "db", "the last choice stays")
        Driver.press(&model, [.up, .up, .up])
        #expect(model.draft.companions[pool].serves == nil)
        // It now helps web: it joins the main pod, and the file names no `serves` for it.
        #expect(model.evaluation.decision?.pod.holds("api-db-pool") == true)
        let saved = model.draft.designFile()
        #expect(!saved.contains("serves: web"))
        #expect(saved.components(separatedBy: "serves:").count - 1 == 3)
        Driver.press(&model, [.enter])
        #expect(model.screen == .question(companion: pool, step: .question(.state)))
        Driver.press(&model, [.left])
        #expect(model.screen == .question(companion: pool, step: .serves))
    }

    @Test func aServedCompanionThatBecomesColocatedIsAnErrorThatStopsFinishing() throws {
        var model = try Self.model(at: "api", step: .question(.state))
        model.manifestToStdout = true
        let api = Self.index("api", in: model.draft)
        #expect(!(model.evaluation.decision?.hasErrors ?? true))
        // api answered as a helper that lives with web: it is co-located, yet three companions serve it.
        Driver.answer(&model, ["lifecycle": "same", "coupling": "tight", "scaling": "together"])
        #expect(model.evaluation.decision?.companions[api].placement.role != nil)
        let findings = model.evaluation.decision?.findings.filter { $0.check == .servesColocated }.map(\.container)
        #expect(findings == ["api-db-pool", "migrate", "db"])
        Driver.press(&model, [.character("r")])
        let screen = AdvisorView(model).render().lines.joined(separator: "\n")
        #expect(screen.contains("error serves.colocated (api-db-pool)"))
        #expect(Driver.press(&model, [.character("f")]).isEmpty)
        #expect(model.status?.key == .uiStatusResultError && model.status?.isError == true)
        // The serves step of a companion serving api refuses Enter, and says why.
        let pool = Self.index("api-db-pool", in: model.draft)
        model.screen = .question(companion: pool, step: .serves)
        #expect(model.draft.servable(by: pool).last == "api")
        Driver.press(&model, [.enter])
        #expect(model.screen == .question(companion: pool, step: .serves))
        #expect(model.status?.key == .uiStatusFix)
        Driver.press(&model, [.up, .enter])
        #expect(model.screen == .question(companion: pool, step: .question(.state)))
    }

    @Test func theQuestionsNameTheContainerServed() throws {
        let model = try Self.model(at: "db-metrics", step: .question(.lifecycle))
        let screen = AdvisorView(model).render().lines.joined(separator: "\n")
        #expect(screen.contains("together with db,"))
        #expect(screen.contains("lives and dies with db"))
        let korean = try Self.model(at: "db-metrics", step: .question(.coupling), language: .ko)
        #expect(AdvisorView(korean).render().lines.joined(separator: "\n").contains("db 컨테이너와"))
    }

    @Test func theResultSaysWhomEachCompanionServes() throws {
        let model = try Self.result(width: 120, height: 40)
        let screen = AdvisorView(model).render().lines.joined(separator: "\n")
        #expect(screen.contains("web-logs: sidecar, native"))
        #expect(screen.contains("api-db-pool (serves api): ambassador, native"))
        #expect(screen.contains("db-metrics (serves db): adapter, native"))
    }
}

/// The live diagram of a whole application: every pod's box, kept in view for the companion being asked about.
@Suite struct WholeAppDiagramTests {
    @Test func everyPodHasABoxAndTheLinesItTakes() throws {
        let model = try ServesStepTests.model(at: "api", step: .name)
        let decision = try #require(model.evaluation.decision)
        #expect(decision.pods.map(\.host) == ["web", "api", "migrate", "db"])
        for pod in decision.pods {
            let box = try #require(model.evaluation.boxLines[pod.host], "\(pod.host)")
            #expect(model.evaluation.diagram[box.lowerBound].hasPrefix("┌") && model.evaluation.diagram[box.upperBound - 1].hasPrefix("└"))
        }
    }

    @Test func theDiagramFollowsTheCompanionBeingAskedAbout() throws {
        // At 60x20 the pane shows three lines: the box of db's pod comes into view for db-metrics.
        var model = try ServesStepTests.model(at: "db-metrics", step: .question(.lifecycle), width: 60, height: 20)
        let db = try #require(model.evaluation.boxLines["db"])
        #expect(model.previewOffset == db.lowerBound)
        #expect(AdvisorView(model).render().lines.joined(separator: "\n").contains("pod of StatefulSet db"))
        // Tab hands the keys to the pane where it is; ↑ then scrolls from there, and the pane stays put.
        Driver.press(&model, [.tab])
        #expect(model.previewScroll == db.lowerBound)
        Driver.press(&model, [.up])
        #expect(model.previewOffset == db.lowerBound - 1)
        // web-logs is in the main pod, at the top.
        let main = try ServesStepTests.model(at: "web-logs", step: .name, width: 60, height: 20)
        #expect(main.previewOffset == 0)
    }

    @Test func theWholeDiagramFitsAt120x40() throws {
        let model = try ServesStepTests.model(at: "api", step: .name, width: 120, height: 40)
        #expect(AdvisorView.previewWidth(width: 120, height: 40) >= model.evaluation.diagram.map(\.count).max() ?? 0)
        #expect(AdvisorView.previewHeight(width: 120, height: 40) >= model.evaluation.diagram.count)
        #expect(!model.evaluation.diagram.contains { $0.contains("…") })
    }

    @Test func theResultScrollsWithPageKeysWhenItDoesNotFit() throws {
        var model = try ServesStepTests.result(width: 60, height: 20)
        var screen = AdvisorView(model).render().lines.joined(separator: "\n")
        #expect(screen.contains("↓ 6 more: PgDn") && !screen.contains("db-metrics (serves db)"))
        Driver.press(&model, [.pageDown, .pageDown, .pageDown])
        screen = AdvisorView(model).render().lines.joined(separator: "\n")
        #expect(screen.contains("No check found anything.") && screen.contains("↑"))
        #expect(model.resultScroll == AdvisorView(model).resultMaxScroll)
        Driver.press(&model, [.pageUp, .pageUp, .pageUp])
        #expect(model.resultScroll == 0)
    }
}
