extension YAMLNode {
    /// The value of the first entry with this key, when the node is a mapping that has one.
    public subscript(key: String) -> YAMLNode? {
        guard case let .mapping(entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }
}
