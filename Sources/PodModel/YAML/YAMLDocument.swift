/// One document of a multi-document YAML stream, with comment lines above it.
public struct YAMLDocument: Hashable, Sendable {
    public var comments: [String]
    public var root: YAMLNode

    public init(comments: [String] = [], root: YAMLNode) {
        self.comments = comments
        self.root = root
    }
}
