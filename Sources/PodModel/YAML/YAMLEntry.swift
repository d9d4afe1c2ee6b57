/// One key of a YAML mapping, its value, and an optional comment at the end of the key's line.
public struct YAMLEntry: Hashable, Sendable, Codable {
    public var key: String
    public var value: YAMLNode
    public var comment: String?

    public init(_ key: String, _ value: YAMLNode, comment: String? = nil) {
        self.key = key
        self.value = value
        self.comment = comment
    }
}
