@testable import AdvisorApp
import Foundation
import PodDesign
import PodModel
import TerminalUI
import Testing

/// Nothing typed is lost by a navigation key; undo and redo; deleting and replacing ask; pasted text is text.
@Suite struct LossTests {
    /// A design being edited from a file, as `podwright edit` opens it.
    static func edited() throws -> AdvisorModel {
        let text = try String(contentsOf: Driver.root.appendingPathComponent("Resources/examples/redis-proxy.yaml"), encoding: .utf8)
        let design = try DesignParser.parse(text, file: "redis-proxy.yaml")
        return AdvisorModel(draft: Draft(design), screen: .companions(selected: 0), designPath: "redis-proxy.yaml")
    }

    @Test func shiftTabOnTheFirstFieldLeavesTheFormResumable() {
        var model = AdvisorModel()
        Driver.press(&model, [.enter])
        Driver.clear(&model); Driver.type(&model, "shop"); Driver.press(&model, [.down, .down])
        Driver.type(&model, "nginx:1.27")
        Driver.press(&model, [.up, .up, .backTab])
        #expect(model.screen == .start(selected: 0))
        #expect(model.startItems.first == .resume)
        Driver.press(&model, [.enter])
        #expect(model.draft.name == "shop" && model.draft.mainImage == "nginx:1.27")
    }

    @Test func twoEscapesFromTheCompanionsOfAnEditedFileKeepIt() throws {
        var model = try Self.edited()
        let draft = model.draft
        Driver.press(&model, [.escape, .escape])
        #expect(model.screen == .start(selected: 0))
        #expect(model.resumable == draft)
        Driver.press(&model, [.enter])
        #expect(model.draft == draft && model.designPath == "redis-proxy.yaml")
        #expect(!model.dirty)
    }

    @Test func startingANewDesignOverADesignInProgressAsks() {
        var saved = Draft()
        saved.name = "kept"
        var model = AdvisorModel(resumable: saved)
        Driver.press(&model, [.down, .enter])
        #expect(model.overlay == .confirmDiscard(.new))
        #expect(model.screen == .start(selected: 1))
        let refused = Driver.press(&model, [.character("n")])
        #expect(model.overlay == nil && model.resumable == saved && refused.isEmpty)
        Driver.press(&model, [.enter])
        let effects = Driver.press(&model, [.character("y")])
        #expect(model.screen == .mainForm(field: .name) && model.resumable == nil)
        #expect(effects.isEmpty, "a new design writes no autosave until something is typed")
        // Opening a file asks too.
        var opening = AdvisorModel(resumable: saved)
        Driver.press(&opening, [.down, .down, .enter])
        #expect(opening.overlay == .confirmDiscard(.open))
        Driver.press(&opening, [.character("y")])
        #expect(opening.overlay == .prompt(.open, text: ""))
    }

    @Test func holdingBackspaceStopsBeforeTheImage() {
        var model = AdvisorModel(screen: .companions(selected: 0))
        model.draft.mainImage = "nginx"
        Driver.press(&model, [.character("a")])
        Driver.clear(&model); Driver.type(&model, "shipper"); Driver.press(&model, [.enter])
        Driver.type(&model, "fluent/fluent-bit:3.1"); Driver.press(&model, [.enter, .enter, .enter, .enter])
        Driver.press(&model, Array(repeating: .backspace, count: 30))
        #expect(model.draft.companions[0].image == "fluent/fluent-bit:3.1")
        #expect(model.screen == .question(companion: 0, step: .question(.state)))
        #expect(model.status?.key == .uiStatusBackspaceStops)
        Driver.press(&model, [.backTab])
        #expect(model.screen == .question(companion: 0, step: .image))
    }

    @Test func undoAndRedoGoOverFieldsAnswersAddsAndDeletes() {
        var model = AdvisorModel(screen: .mainForm(field: .mainImage))
        Driver.type(&model, "nginx:1.27")
        Driver.press(&model, [.enter])
        Driver.press(&model, [.right])
        #expect(model.draft.workload == "job")
        Driver.press(&model, [.character("u")])
        #expect(model.draft.workload == "service" && model.screen == .mainForm(field: .workload))
        Driver.press(&model, [.character("u")])
        // The whole typed field is one step, and undo returns to it.
        #expect(model.draft.mainImage == "" && model.screen == .mainForm(field: .mainImage))
        Driver.press(&model, [.control("r"), .control("r")])
        #expect(model.draft.mainImage == "nginx:1.27" && model.draft.workload == "job")
        #expect(Driver.press(&model, [.control("r")]).isEmpty && model.status?.key == .uiStatusNothingToRedo)
        // Ctrl-Z undoes while typing, where u types.
        model.screen = .mainForm(field: .mainPorts)
        Driver.type(&model, "80u")
        #expect(model.draft.mainPorts == "80u")
        Driver.press(&model, [.control("z")])
        #expect(model.draft.mainPorts == "")
    }

    @Test func deletingAsksAndUndoBringsTheCompanionBack() {
        var model = Driver.logShipperSession()
        let before = model.draft
        #expect(Driver.press(&model, [.character("d")]).isEmpty)
        #expect(model.overlay == .confirmDelete(companion: 0) && model.draft == before)
        Driver.press(&model, [.escape])
        #expect(model.overlay == nil && model.draft == before)
        let effects = Driver.press(&model, [.character("d"), .character("y")])
        #expect(model.draft.companions.isEmpty && model.status?.key == .uiStatusDeleted)
        #expect(effects.contains { if case .autosave = $0 { true } else { false } })
        Driver.press(&model, [.character("u")])
        #expect(model.draft == before && model.screen == .companions(selected: 0))
        Driver.press(&model, [.control("r")])
        #expect(model.draft.companions.isEmpty)
    }

    @Test func savingAnEditedFileWritesItBackWithoutAsking() throws {
        var model = try Self.edited()
        Driver.press(&model, [.enter])
        Driver.clear(&model); Driver.type(&model, "redis-proxy2"); Driver.press(&model, [.enter])
        Driver.press(&model, [.control("s")])
        #expect(model.overlay == .prompt(.design, text: "redis-proxy.yaml"))
        guard case let .write(path, _, _, replace) = Driver.press(&model, [.enter]).last else { Issue.record("no write"); return }
        #expect(path == "redis-proxy.yaml" && replace)
        // Another path still asks before replacing a file.
        Driver.press(&model, [.control("s")])
        Driver.press(&model, [.backspace, .backspace, .backspace, .backspace, .backspace])
        Driver.type(&model, "other.yaml")
        guard case let .write(_, _, _, other) = Driver.press(&model, [.enter]).last else { Issue.record("no write"); return }
        #expect(!other)
    }

    @Test func aPasteIsTextEvenWithATabInIt() {
        var model = AdvisorModel(screen: .mainForm(field: .mainImage))
        _ = model.update(.event(.paste("nginx\tqs:1.27\u{1b}\n")))
        #expect(model.draft.mainImage == "nginx qs:1.27")
        #expect(model.screen == .mainForm(field: .mainImage) && model.overlay == nil && model.preview == .diagram)
        // Where nothing is typed, a paste does nothing: its letters are not keys.
        var list = Driver.logShipperSession()
        let before = list.draft
        _ = list.update(.event(.paste("dyq")))
        #expect(list.draft == before && list.overlay == nil)
        // A path prompt takes it.
        list.overlay = .prompt(.design, text: "")
        _ = list.update(.event(.paste("/tmp/a.yaml\n")))
        #expect(list.overlay == .prompt(.design, text: "/tmp/a.yaml"))
    }

    @Test func keysThatArriveTogetherAreEvaluatedOnce() {
        var model = AdvisorModel(screen: .mainForm(field: .name))
        Driver.clear(&model)
        let started = Date()
        for _ in 0..<20_000 { _ = model.update(.event(.key(.character("X"))), settle: false) }
        #expect(model.evaluationStale)
        model.settle()
        #expect(Date().timeIntervalSince(started) < 10, "20,000 keys took \(Date().timeIntervalSince(started)) s")
        #expect(model.draft.name.count == 20_000)
        #expect(model.evaluation.error(at: .top(.name)) != nil)
        // The Enter that follows sees the evaluation of the whole text.
        Driver.press(&model, [.enter])
        #expect(model.screen == .mainForm(field: .name) && model.status?.isError == true)
    }

    @Test func fieldErrorsNameTheFieldInWords() {
        var model = AdvisorModel(screen: .companions(selected: 0))
        model.draft.mainImage = "nginx"
        Driver.press(&model, [.character("a")])
        Driver.clear(&model); Driver.type(&model, "shipper"); Driver.press(&model, [.enter])
        Driver.type(&model, "busybox"); Driver.press(&model, [.enter])
        model.draft.companions[0].sharedPaths = "/ok, relative/path"
        model.reevaluate()
        guard let error = model.evaluation.error else { Issue.record("no error for a relative path"); return }
        let message = model.describe(error)
        #expect(message.contains("shipper › shared paths, item 2"), "\(message)")
        #expect(!message.contains("companions["), "\(message)")
        var korean = model
        korean.language = .ko
        #expect(korean.describe(error).contains("shipper › 공유 경로, 2번째 항목"))
    }
}
