import TerminalUI

/// The advisor's styles; with `monochrome` every colour becomes bold or reverse.
public struct Theme: Sendable {
    public var header = Style(foreground: .black, background: .cyan, bold: true)
    public var selected = Style(reverse: true)
    public var title = Style(foreground: .cyan, bold: true)
    public var hint = Style(foreground: .blue)
    public var error = Style(foreground: .red, bold: true)
    public var ok = Style(foreground: .green)
    public var key = Style(bold: true)
    public var frame = Style.plain
    /// The sign before a selected menu item (the selection is also drawn reversed).
    public var marker = "▸"
    /// When set, every cell drawn in the terminal's own colours takes these instead (and bold, if it is bold).
    public var canvas: Style?

    public init() {}

    /// Plain attributes only, for `NO_COLOR` and terminals without colours.
    public static let monochrome: Theme = {
        var theme = Theme()
        theme.header = .reverse
        theme.title = .bold
        theme.hint = .plain
        theme.error = .bold
        theme.ok = .plain
        return theme
    }()

    /// The theme of a name, in colour or not.
    public static func named(_ name: ThemeName, color: Bool) -> Theme {
        switch name {
        case .default: color ? Theme() : .monochrome
        case .highContrast: .highContrast(color: color)
        }
    }
}
