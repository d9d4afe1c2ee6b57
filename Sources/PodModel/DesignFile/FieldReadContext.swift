import Yams

/// What a field's reading has at hand: the strict node reader and the source's line comments
/// (nil where the source has none, as in a manifest's annotation).
public struct FieldReadContext {
    public let nodes: NodeReader
    public let comments: LineComments?

    /// A reader with the file's line comments, or none.
    public init(nodes: NodeReader, comments: LineComments?) {
        self.nodes = nodes
        self.comments = comments
    }
}
