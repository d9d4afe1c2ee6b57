import TerminalUI

extension Theme {
    /// For presenters and projectors: bold bright text on black, no dim colours, reverse bars, and a `▶`
    /// before the selection so it shows even without colour. Without colour it is bold and reverse only.
    public static func highContrast(color: Bool) -> Theme {
        var theme = Theme()
        let bright = color ? Style(foreground: .white, background: .black, bold: true) : .bold
        theme.header = Style(bold: true, reverse: true)
        theme.selected = Style(bold: true, reverse: true)
        theme.title = color ? Style(foreground: .yellow, background: .black, bold: true) : .bold
        theme.hint = bright
        theme.error = color ? Style(foreground: .red, background: .black, bold: true, underline: true) : Style(bold: true, underline: true)
        theme.ok = bright
        theme.key = color ? Style(foreground: .yellow, background: .black, bold: true) : .bold
        theme.frame = bright
        theme.marker = "▶"
        theme.canvas = bright
        return theme
    }
}
