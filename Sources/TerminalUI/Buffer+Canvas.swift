extension Buffer {
    /// Gives every cell drawn in the terminal's own colours the canvas's colours, and its boldness:
    /// a theme's background and brightness for the whole screen.
    public mutating func paint(_ canvas: Style) {
        for y in 0..<height {
            for x in 0..<width {
                var style = self[x, y].style
                if style.foreground == .default { style.foreground = canvas.foreground }
                if style.background == .default { style.background = canvas.background }
                style.bold = style.bold || canvas.bold
                self[x, y].style = style
            }
        }
    }
}
