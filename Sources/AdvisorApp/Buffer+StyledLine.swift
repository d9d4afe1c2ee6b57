import StyledText
import TerminalUI
import TextWidth

extension Buffer {
    /// Draws a styled line from `x` in at most `width` columns, each span in its theme style; a line too long is cut with `…`.
    mutating func draw(_ line: StyledLine, x: Int, y: Int, width: Int, theme: Theme, clip: Rect? = nil) {
        var column = x
        var room = width
        for span in line.spans {
            let shown = span.text.fitted(toWidth: room)
            column = draw(shown, x: column, y: y, style: theme.style(span.style), clip: clip)
            room -= shown.displayWidth
            if shown != span.text { break }
        }
    }
}
