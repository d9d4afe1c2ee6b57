@testable import AdvisorApp
import Foundation
import PodDesign
import PodText
import TerminalUI
import Testing

/// The pattern guide in the advisor: reached from the start menu and with g (F2 while typing) from any question,
/// pages turned and scrolled, and Esc or q back to exactly where the person was.
@Suite struct PatternGuideTests {
    /// A question of the log-shipper session, with the guide not yet open.
    static func atQuestion(width: Int = 80, height: Int = 24, language: Language = .en) -> AdvisorModel {
        var model = Driver.logShipperSession(width: width, height: height, language: language)
        Driver.press(&model, [.enter, .enter, .enter, .enter])
        return model
    }

    @Test func gOpensTheGuideFromAQuestionAndEscapeReturnsToIt() {
        var model = Self.atQuestion()
        guard case .question = model.screen else { Issue.record("not at a question: \(model.screen)"); return }
        let before = model
        Driver.press(&model, [.character("g")])
        #expect(model.guide == GuideState())
        #expect(model.keyContext == .guide)
        Driver.press(&model, [.enter, .right, .down, .down])
        #expect(model.guide == GuideState(page: 1, selected: 1, scroll: 2))
        Driver.press(&model, [.escape])
        #expect(model.guide == nil)
        #expect(model.screen == before.screen && model.draft == before.draft && model.focus == before.focus)
    }

    @Test func qClosesTheGuideInsteadOfQuitting() {
        var model = Self.atQuestion()
        Driver.press(&model, [.character("g"), .enter])
        let effects = Driver.press(&model, [.character("q")])
        #expect(model.guide == nil && model.overlay == nil)
        #expect(effects.allSatisfy { if case .exit = $0 { false } else { true } })
    }

    @Test func gTypesIntoATextFieldAndF2OpensTheGuideThere() {
        var model = Driver.logShipperSession()
        Driver.press(&model, [.enter])  // the companion's name, a text field
        #expect(model.typing)
        Driver.press(&model, [.character("g")])
        #expect(model.guide == nil)
        #expect(model.draft.companions[0].name == "log-shipperg")
        Driver.press(&model, [.function(2)])
        #expect(model.guide != nil && !model.typing)
        Driver.press(&model, [.character("q")])
        #expect(model.guide == nil && model.draft.companions[0].name == "log-shipperg")
    }

    @Test func theStartMenuOpensTheGuideAndItClosesBackToTheMenu() {
        var model = AdvisorModel()
        let index = model.startItems.firstIndex(of: .patterns)!
        Driver.press(&model, Array(repeating: .down, count: index) + [.enter])
        #expect(model.guide != nil)
        Driver.press(&model, [.escape])
        #expect(model.guide == nil && model.screen == .start(selected: index))
    }

    @Test func pagesTurnWithinTheGuideAndTheFirstLeadsBackToTheIndex() {
        var model = Self.atQuestion()
        Driver.press(&model, [.character("g"), .tab])
        #expect(model.guide?.page == 0)
        Driver.press(&model, Array(repeating: .right, count: 10))
        #expect(model.guide?.page == Pattern.allCases.count - 1)
        Driver.press(&model, [.backTab, .left])
        #expect(model.guide?.page == Pattern.allCases.count - 3)
        Driver.press(&model, Array(repeating: .left, count: Pattern.allCases.count))
        #expect(model.guide == GuideState())
    }

    @Test(arguments: [(80, 24), (60, 20)])
    func scrollingReachesTheLastLineOfEveryPageAndNoFurther(_ size: (Int, Int)) {
        for language in Language.allCases {
            for page in Pattern.allCases.indices {
                var model = Self.atQuestion(width: size.0, height: size.1, language: language)
                Driver.press(&model, [.character("g")])
                Driver.press(&model, Array(repeating: .down, count: page) + [.enter])
                Driver.press(&model, Array(repeating: .pageDown, count: 40) + [.down])
                let lines = model.guideLines(page)
                let room = AdvisorView.guideTextHeight(height: size.1)
                #expect(model.guide?.scroll == max(0, lines.count - room))
                let screen = AdvisorView(model, theme: .monochrome).render().lines
                let last = lines.last { !$0.text.isEmpty }!.text.fitted(toWidth: size.0 - 4)
                #expect(screen.contains { $0.contains(last) }, "\(language) \(page): the last line is not shown")
                Driver.press(&model, Array(repeating: .pageUp, count: 40))
                #expect(model.guide?.scroll == 0)
            }
        }
    }

    @Test func helpInTheGuideListsItsKeys() {
        var model = Self.atQuestion()
        Driver.press(&model, [.character("g"), .character("?")])
        #expect(model.overlay == .help)
        let screen = AdvisorView(model).render().lines.joined(separator: "\n")
        for label in ["page down", "page", "back", "help"] { #expect(screen.contains(label), "\(label)") }
        Driver.press(&model, [.enter])
        #expect(model.overlay == nil && model.guide != nil)
    }

    @Test func questionFooterAndHelpShowTheGuideKey() {
        let model = Self.atQuestion()
        let footer = KeyMap.bindings(in: .question, typing: false, footerOnly: true)
        #expect(footer.contains { $0.action == .guide })
        let typing = KeyMap.bindings(in: .formText, typing: true, footerOnly: false).first { $0.action == .guide }
        #expect(typing?.keys(typing: true) == [.function(2)])
        #expect(AdvisorView(model).render().lines.last!.contains("g patterns"))
    }

    @Test func highContrastMarksTheSelectionWithoutColourAndPaintsEveryCell() {
        var model = AdvisorModel()
        var screen = AdvisorView(model, theme: .highContrast(color: false)).render()
        let selected = screen.lines.first { $0.contains("Start a new design") }!
        #expect(selected.contains("▶ Start a new design"))
        Driver.press(&model, [.character("g")])
        #expect(model.guide == nil, "g on the start screen does nothing: the menu has the guide")
        model.guide = GuideState(page: 3)
        screen = AdvisorView(model, theme: .highContrast(color: true)).render()
        #expect(screen.cells.allSatisfy { $0.style.bold && $0.style.background != .blue && $0.style.foreground != .blue })
        #expect(screen.cells.allSatisfy { $0.style.background == .black || $0.style.reverse })
    }

    @Test func themesByName() {
        #expect(Theme.named(.default, color: false).hint == Theme.monochrome.hint)
        #expect(Theme.named(.highContrast, color: true).marker == "▶")
        #expect(Theme.named(.default, color: true).canvas == nil)
    }
}
