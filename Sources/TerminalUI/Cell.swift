/// One terminal cell: the text drawn there (one character, or empty where a wide character spills over) and its style.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// The right half of a wide character: drawn by the cell to its left.
    public static let continuation = Cell("")
}
