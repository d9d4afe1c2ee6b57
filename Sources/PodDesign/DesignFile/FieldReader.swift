import Yams

/// What a field's reading has at hand: the strict node reader and the source's line comments
/// (nil where the source has none, as in a manifest's annotation).
struct FieldReader {
    let nodes: NodeReader
    let comments: LineComments?
}
