import AdvisorApp
import ArgumentParser
import CursesBackend
import PodDesign
import TerminalUI

/// The advisor's pattern guide on its own (`podwright patterns --browse`, what `podwright serve` offers as the pattern
/// guide): the index first, pages with their drawings, and closing the guide (q or Esc on the index) ends the program.
enum GuideRunner {
    static func run(_ common: CommonOptions, theme: ThemeName) throws {
        let monochrome = !common.colorAllowed
        let terminal = try common.openTerminal()
        let style = Theme.named(theme, color: !monochrome)
        var model = AdvisorModel(language: common.catalog.language)
        if let version = common.kubernetes { model.draft.kubernetes = version.description }
        let size = terminal.size
        _ = model.update(.event(.resize(width: size.width, height: size.height)))
        model.guide = GuideState()
        terminal.draw(AdvisorView(model, theme: style).render())
        var ended = false
        while !ended {
            guard let event = terminal.nextEvent() else { continue }
            let effects = model.update(.event(event))
            // The guide closed (q, Esc) or Ctrl-C: what is under it, the advisor's start screen, is not offered.
            ended = model.guide == nil || effects.contains { if case .exit = $0 { true } else { false } }
            if !ended { terminal.draw(AdvisorView(model, theme: style).render()) }
        }
        terminal.end()
    }
}
