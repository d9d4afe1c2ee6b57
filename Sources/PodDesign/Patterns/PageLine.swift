/// One line of a pattern page as text, with what it is, so a terminal can style it.
public struct PageLine: Hashable, Sendable {
    /// What a line of a page is.
    public enum Kind: Hashable, Sendable { case title, heading, body, figure, code }

    public var text: String
    public var kind: Kind

    public init(_ text: String, _ kind: Kind) {
        self.text = text
        self.kind = kind
    }
}
