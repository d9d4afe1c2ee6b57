import AdvisorApp
import StyledText

/// The one writer of ANSI escapes: styled lines as text for a terminal, in the colours of a theme, or plain.
struct ANSIRenderer {
    /// The theme whose colours are used.
    var theme: ThemeName
    /// Whether escapes are written at all (standard output is a terminal and colour is allowed).
    var color: Bool

    /// The lines as text, each ended by a newline; a styled span is wrapped in its SGR escape and a reset.
    func render(_ lines: [StyledLine]) -> String {
        guard color else { return lines.plainText }
        return lines.map { line in line.spans.map(paint).joined() + "\n" }.joined()
    }

    /// One span with its escape; an empty span, or a style drawn as it is, without.
    private func paint(_ span: StyledSpan) -> String {
        guard let parameters = Self.parameters(span.style, theme), !span.text.isEmpty else { return span.text }
        return "\u{1B}[\(parameters)m" + span.text + "\u{1B}[0m"
    }

    /// The SGR parameters of a style in a theme (nil: the terminal's own colours).
    static func parameters(_ style: TextStyle, _ theme: ThemeName) -> String? {
        switch (style, theme) {
        case (.title, .default): "1;36"
        case (.heading, .default): "1"
        case (.error, .default): "31;1"
        case (.warning, .default): "33;1"
        case (.note, .default): "36"
        case (.plain, .default), (.figure, .default), (.code, .default): nil
        case (.title, .highContrast), (.heading, .highContrast): "1;97;40"
        case (.error, .highContrast): "1;4;31;40"
        case (.warning, .highContrast): "1;33;40"
        case (.note, .highContrast), (.plain, .highContrast), (.figure, .highContrast), (.code, .highContrast): "97;40"
        }
    }
}
