import TextWidth

/// A grid of cells that widgets draw into; a backend copies it to a terminal.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Draws text on one row from column `x`, clipped to `clip`; wide characters take two cells and are never split.
    /// Returns the column after the last cell drawn.
    @discardableResult
    public mutating func draw(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let bounds = clip ?? area
        guard y >= max(0, bounds.y), y < min(height, bounds.maxY) else { return x }
        let right = min(width, bounds.maxX)
        var column = x
        for character in text {
            let cellWidth = character.unicodeScalars.reduce(0) { $0 + $1.displayWidth }
            guard cellWidth > 0 else { continue }
            if column + cellWidth > right { break }
            if column >= max(0, bounds.x) {
                clearWideCharacter(at: column, y: y)
                if cellWidth == 2 { clearWideCharacter(at: column + 1, y: y) }
                self[column, y] = Cell(String(character), style: style)
                if cellWidth == 2 { self[column + 1, y] = Cell.continuation }
            }
            column += cellWidth
        }
        return column
    }

    /// Before a cell is overwritten: blanks the other half of a wide character that covers it.
    private mutating func clearWideCharacter(at x: Int, y: Int) {
        if self[x, y] == Cell.continuation, x > 0 { self[x - 1, y] = Cell(" ", style: self[x - 1, y].style) }
        if x + 1 < width, self[x + 1, y] == Cell.continuation { self[x + 1, y] = Cell(" ", style: self[x + 1, y].style) }
    }

    /// Paints every cell of the area with a style, blanking its text.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = Cell(" ", style: style) }
        }
    }

    /// Sets the style of the cells in an area, keeping their text.
    public mutating func restyle(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y].style = style }
        }
    }

    /// The text of each row, wide characters once, trailing spaces kept: what a person sees.
    public var lines: [String] {
        (0..<height).map { y in (0..<width).map { self[$0, y].text }.joined() }
    }
}
