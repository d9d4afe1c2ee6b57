/// One line of output as spans of styled text, without its newline; renderers turn it into escapes or cells.
public struct StyledLine: Hashable, Sendable {
    /// The spans, in order.
    public var spans: [StyledSpan]

    /// A line made of spans.
    public init(_ spans: [StyledSpan]) {
        self.spans = spans
    }

    /// A line of text in one style.
    public init(_ text: String, _ style: TextStyle = .plain) {
        self.spans = [StyledSpan(text, style)]
    }

    /// The text of the line without styles.
    public var text: String { spans.map(\.text).joined() }

    /// The style of the whole line when every span has the same one (nil for a line of mixed styles or no spans).
    public var style: TextStyle? {
        guard let first = spans.first?.style, spans.allSatisfy({ $0.style == first }) else { return nil }
        return first
    }

    /// Adds text in a style at the end of the line.
    public mutating func append(_ text: String, _ style: TextStyle = .plain) {
        spans.append(StyledSpan(text, style))
    }
}
