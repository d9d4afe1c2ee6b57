/// A rectangle of terminal cells: column `x`, row `y`, `width` columns, `height` rows.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    /// The rectangle shrunk by `margin` cells on every side.
    public func inset(_ margin: Int) -> Rect {
        Rect(x: x + margin, y: y + margin, width: width - 2 * margin, height: height - 2 * margin)
    }

    /// Splits into a left part `width` columns wide and the rest.
    public func splitColumns(at width: Int) -> (Rect, Rect) {
        let left = min(max(0, width), self.width)
        return (Rect(x: x, y: y, width: left, height: height), Rect(x: x + left, y: y, width: self.width - left, height: height))
    }

    /// Splits into a top part `height` rows high and the rest.
    public func splitRows(at height: Int) -> (Rect, Rect) {
        let top = min(max(0, height), self.height)
        return (Rect(x: x, y: y, width: width, height: top), Rect(x: x, y: y + top, width: width, height: self.height - top))
    }
}
