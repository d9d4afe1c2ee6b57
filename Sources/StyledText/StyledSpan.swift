/// A run of text in one style.
public struct StyledSpan: Hashable, Sendable {
    /// The text, without escapes.
    public var text: String
    /// What the text is.
    public var style: TextStyle

    /// A span of text in a style.
    public init(_ text: String, _ style: TextStyle = .plain) {
        self.text = text
        self.style = style
    }
}
