extension Sequence {
    /// The position of the first element with each key, built in one pass, so that finding an element by its key
    /// (a container by its name) is a dictionary lookup rather than a search of the whole sequence.
    public func firstPositions<Key: Hashable>(by key: (Element) -> Key) -> [Key: Int] {
        var positions: [Key: Int] = [:]
        for (position, element) in enumerated() where positions[key(element)] == nil {
            positions[key(element)] = position
        }
        return positions
    }
}
