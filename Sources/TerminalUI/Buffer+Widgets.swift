import TextWidth

extension Buffer {
    /// A box around the area with a title in its top edge; returns the area inside.
    @discardableResult
    public mutating func box(_ rect: Rect, title: String = "", style: Style = .plain, titleStyle: Style = .bold) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        draw("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        for y in rect.y + 1..<rect.maxY - 1 {
            draw("│", x: rect.x, y: y, style: style)
            draw("│", x: rect.maxX - 1, y: y, style: style)
        }
        draw("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        if !title.isEmpty, rect.width > 4 {
            draw(" \(title) ", x: rect.x + 2, y: rect.y, style: titleStyle, clip: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1))
        }
        return rect.inset(1)
    }

    /// Lines of text from the top of the area, starting at line `scroll`; returns how many rows were used.
    @discardableResult
    public mutating func lines(_ lines: [String], in rect: Rect, scroll: Int = 0, style: Style = .plain) -> Int {
        var row = 0
        for line in lines.dropFirst(max(0, scroll)) {
            guard row < rect.height else { break }
            draw(line, x: rect.x, y: rect.y + row, style: style, clip: rect)
            row += 1
        }
        return row
    }

    /// Text wrapped to the area's width, from its top; returns how many rows were used.
    @discardableResult
    public mutating func paragraph(_ text: String, in rect: Rect, style: Style = .plain) -> Int {
        lines(TextWrap.wrap(text, width: rect.width), in: rect, style: style)
    }
}
