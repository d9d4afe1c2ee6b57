@testable import AdvisorApp
import Foundation
import TerminalUI
import Testing

/// Every scrolling pane takes PgUp/PgDn/Home/End/Space; the preview scrolls sideways; the checks read in full.
@Suite struct ScrollTests {
    @Test func theChecksAreOneKeyAwayInFullAndScroll() {
        var model = SnapshotTests.sixCompanions(80, 24, .en)
        Driver.press(&model, [.character("c")])
        #expect(model.overlay == .checks(scroll: 0))
        let screen = AdvisorView(model).render().lines.joined(separator: "\n")
        #expect(screen.contains("Give one of them another port"), "the fix of the port conflict is not shown")
        let last = AdvisorView(model).checksMaxScroll
        #expect(last > 0)
        Driver.press(&model, [.end])
        #expect(model.overlay == .checks(scroll: last))
        Driver.press(&model, [.home, .character(" ")])
        guard case let .checks(scroll) = model.overlay else { Issue.record("the overlay closed"); return }
        #expect(scroll > 0 && scroll <= last)
        Driver.press(&model, [.escape])
        #expect(model.overlay == nil && model.screen == .result(selected: 0))
    }

    @Test func theResultTakesHomeAndEnd() {
        var model = SnapshotTests.sixCompanions(80, 24, .en)
        let last = AdvisorView(model).resultMaxScroll
        #expect(last > 0)
        Driver.press(&model, [.end])
        #expect(model.resultScroll == last)
        Driver.press(&model, [.home])
        #expect(model.resultScroll == 0)
    }

    @Test func thePreviewPagesAndScrollsSideways() {
        var model = Driver.logShipperSession()
        Driver.press(&model, [.character("p"), .tab])
        #expect(model.preview == .yaml && model.focus == .preview)
        let rows = AdvisorView.previewHeight(width: 80, height: 24)
        Driver.press(&model, [.pageDown])
        #expect(model.previewScroll == rows - 1)
        Driver.press(&model, [.character(" ")])
        #expect(model.previewScroll == 2 * (rows - 1))
        Driver.press(&model, [.end])
        #expect(model.previewScroll == model.previewLines.count - rows)
        Driver.press(&model, [.home])
        #expect(model.previewScroll == 0)
        Driver.press(&model, [.right, .right])
        #expect(model.previewColumn == 16)
        let screen = AdvisorView(model).render().lines.joined(separator: "\n")
        #expect(screen.contains("from column 17"))
        Driver.press(&model, [.left, .left, .left])
        #expect(model.previewColumn == 0)
    }

    @Test func aLineScrolledSidewaysLosesItsFirstColumns() {
        #expect("apiVersion: v1".droppingColumns(3) == "Version: v1")
        #expect("한글ab".droppingColumns(1) == " 글ab")
        #expect("ab".droppingColumns(5) == "")
    }
}
