import AdvisorApp
import ArgumentParser
import Foundation
import PodDesign
import PodText

/// The `--theme` option of the commands that draw for people (the advisor, `patterns`), with `PODWRIGHT_THEME`.
struct ThemeOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Colours: default, or high-contrast for presenters (bold bright text on black, selection marked by ▶); PODWRIGHT_THEME does the same.",
        valueName: "default|high-contrast"))
    var theme: ThemeName?

    /// The theme asked for: the option, else `PODWRIGHT_THEME`, else the default; an unknown variable value is bad usage.
    func name(_ catalog: Catalog) throws -> ThemeName {
        if let theme { return theme }
        let value = ProcessInfo.processInfo.environment["PODWRIGHT_THEME"] ?? ""
        if value.isEmpty { return .default }
        guard let name = ThemeName(rawValue: value) else {
            throw Failure.badInput(catalog[.themeUnknown, ["name": value, "allowed": ThemeName.allCases.map(\.rawValue).joined(separator: ", ")]])
        }
        return name
    }
}

extension ThemeName: ExpressibleByArgument {}
