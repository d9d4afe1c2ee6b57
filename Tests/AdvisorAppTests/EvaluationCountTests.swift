@testable import AdvisorApp
import PodDesign
import TerminalUI
import Testing

/// The draft is run through the engine only when it changed: a key that only moves, scrolls, switches the pane or
/// opens help reuses the evaluation it has (a keypress must stay fast with many companions).
@Suite struct EvaluationCountTests {
    @Test func keysThatLeaveTheDraftAsItWasDoNotEvaluateIt() {
        var model = Driver.logShipperSession(width: 120, height: 40)
        #expect(model.screen == .companions(selected: 0))
        let before = model.evaluations
        let draft = model.draft
        // Moving in the list, the other pane and its scrolling, the YAML preview and back, help, a resize of the
        // height only, the result screen and back.
        Driver.press(&model, [.down, .up, .down, .tab, .down, .pageDown, .end, .home, .tab, .up])
        Driver.press(&model, [.character("p"), .tab, .down, .tab, .character("p"), .character("?"), .escape])
        _ = model.update(.event(.resize(width: 120, height: 50)))
        Driver.press(&model, [.character("r"), .down, .escape])
        #expect(model.draft == draft)
        #expect(model.evaluations == before, "navigation ran the draft through the engine \(model.evaluations - before) times")
        // The YAML was made when it was first shown, from the evaluation there was.
        #expect(!model.evaluation.manifest.isEmpty && !model.evaluation.diagram.isEmpty)
        // A key that changes the draft evaluates it once; a change taken back (undo) evaluates the draft as it was.
        Driver.press(&model, [.character("d"), .character("y")])
        #expect(model.evaluations == before + 1)
        #expect(model.evaluation.decision?.companions.isEmpty == true)
        Driver.press(&model, [.character("u")])
        #expect(model.evaluations == before + 2 && model.draft == draft)
        #expect(model.evaluation.decision?.companions.count == draft.companions.count)
    }

    @Test func aDraftChangedAndChangedBackIsNotEvaluatedAgain() {
        var model = Driver.logShipperSession(width: 120, height: 40)
        Driver.press(&model, [.enter])  // the log shipper's name
        guard case .question(0, .name) = model.screen else { Issue.record("not on the name step: \(model.screen)"); return }
        let before = model.evaluations
        _ = model.update(.event(.key(.character("x"))), settle: false)
        _ = model.update(.event(.key(.backspace)), settle: false)
        model.settle()
        #expect(model.evaluations == before)
        Driver.press(&model, [.character("x")])
        #expect(model.evaluations == before + 1)
        #expect(model.evaluation.decision?.companions.first?.companion.name == model.draft.companions[0].name)
    }
}
