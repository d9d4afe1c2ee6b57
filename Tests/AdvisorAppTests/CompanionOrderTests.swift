@testable import AdvisorApp
import PodDesign
import PodEngine
import PodModel
import PodText
import TerminalUI
import Testing

/// Copying a companion (`c`) and moving it up and down the list (`K`/`J`): undoable, autosaved, and the manifest
/// follows the order.
@Suite struct CompanionOrderTests {
    /// A finished companion that runs once before the main container (an init container) or beside it.
    static func companion(_ name: String, before: Bool) -> DraftCompanion {
        var companion = DraftCompanion(name: name)
        companion.image = "busybox:1.36"
        for answer: Answer in [.lifecycle(.same), .coupling(.tight), .scaling(.together), .mainCodeChangeable(true),
                               .state(.stateless), .timing(before ? .beforeMain : .alongside), .function(.extend)] {
            companion.answers.give(answer)
        }
        companion.sharedPaths = "/work"
        return companion
    }

    /// Two init containers, then a sidecar, on the companion list.
    static func model(selected: Int = 0) -> AdvisorModel {
        var draft = Draft()
        draft.name = "shop"
        draft.mainImage = "nginx:1.27"
        draft.companions = [companion("migrate", before: true), companion("wait-db", before: true), companion("shipper", before: false)]
        return AdvisorModel(draft: draft, screen: .companions(selected: selected))
    }

    /// The names in the order the manifest lists them under initContainers and containers.
    static func manifestOrder(_ model: AdvisorModel) -> [String] {
        guard let decision = model.evaluation.decision else { Issue.record("no decision: \(String(describing: model.evaluation.error))"); return [] }
        let yaml = StarterManifest(decision, catalog: Catalog(.en)).yaml()
        return yaml.split(separator: "\n").compactMap { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("- name: ") else { return nil }
            return text.dropFirst("- name: ".count).split(separator: " ").first.map(String.init)
        }.filter { ["migrate", "wait-db", "shipper", "migrate-2"].contains($0) }
    }

    @Test func copyGoesRightAfterWithEveryAnswerAndFieldUnderAFreeName() {
        var model = Self.model()
        model.draft.companions[0].notes = [.state: "from the file"]
        let effects = Driver.press(&model, [.character("c")])
        #expect(model.draft.companions.map(\.name) == ["migrate", "migrate-2", "wait-db", "shipper"])
        var copy = model.draft.companions[1]
        copy.name = "migrate"
        #expect(copy == model.draft.companions[0], "every answer, field and note is copied")
        #expect(model.screen == .companions(selected: 1))
        #expect(model.status?.key == .uiStatusDuplicated)
        #expect(effects.contains { if case .autosave = $0 { true } else { false } })
        Driver.press(&model, [.character("c")])
        #expect(model.draft.companions[2].name == "migrate-3", "a copy of migrate-2 is migrate-3")
        #expect(Self.manifestOrder(model).prefix(2) == ["migrate", "migrate-2"])
        Driver.press(&model, [.character("u"), .character("u")])
        #expect(model.draft.companions.map(\.name) == ["migrate", "wait-db", "shipper"])
        Driver.press(&model, [.control("r")])
        #expect(model.draft.companions.map(\.name) == ["migrate", "migrate-2", "wait-db", "shipper"])
    }

    @Test func freeNamesStayDNSLabelsAndAvoidTheDesignAndMain() {
        var draft = Draft()
        draft.name = "web-2"
        draft.companions = [DraftCompanion(name: "web"), DraftCompanion(name: String(repeating: "a", count: 63))]
        #expect(draft.freeName("web", numbered: true) == "web-3")
        #expect(draft.freeName(String(repeating: "a", count: 63), numbered: true) == String(repeating: "a", count: 61) + "-2")
        #expect(draft.freeName("app") == "app-2", "the main container is called app")
        #expect(draft.freeName("", numbered: true) == "helper-2")
    }

    @Test func shiftJAndShiftKMoveTheSelectedCompanionAndTheManifestFollows() {
        var model = Self.model()
        #expect(Self.manifestOrder(model) == ["migrate", "wait-db", "shipper"])
        Driver.press(&model, [.character("J")])
        #expect(model.draft.companions.map(\.name) == ["wait-db", "migrate", "shipper"])
        #expect(model.screen == .companions(selected: 1))
        #expect(model.status?.key == .uiStatusMoved && model.status?.values["number"] == "2")
        #expect(Self.manifestOrder(model) == ["wait-db", "migrate", "shipper"], "init containers run in the new order")
        Driver.press(&model, [.character("K"), .character("K")])
        #expect(model.draft.companions.map(\.name) == ["migrate", "wait-db", "shipper"])
        #expect(model.screen == .companions(selected: 0))
        let undoSteps = model.undoStack.count
        Driver.press(&model, [.character("K")])
        #expect(model.draft.companions.map(\.name) == ["migrate", "wait-db", "shipper"] && model.undoStack.count == undoSteps,
                "nothing moves above the first, and no undo step is made")
        Driver.press(&model, [.character("u")])
        #expect(model.draft.companions.map(\.name) == ["wait-db", "migrate", "shipper"])
        #expect(model.screen == .companions(selected: 1), "undo returns to where the move was made")
    }

    @Test func theAddAndResultLinesAreNotMovedOrCopied() {
        var model = Self.model(selected: 3)
        let draft = model.draft
        Driver.press(&model, [.character("J"), .character("K"), .character("c")])
        #expect(model.draft == draft && model.screen == .companions(selected: 3))
        Driver.press(&model, [.up, .character("J")])
        #expect(model.draft == draft, "the last companion does not move down past the list")
    }
}
