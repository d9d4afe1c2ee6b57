extension Sequence {
    /// The position of the first element with each key, built in one pass, so that finding an element by its key
    /// (a container by its name) is a dictionary lookup rather than a search of the whole sequence.
    /// Inlinable, so that callers in other modules get it made for their own types rather than the slow generic one.
    @inlinable
    public func firstPositions<Key: Hashable>(by key: (Element) -> Key) -> [Key: Int] {
        var positions: [Key: Int] = [:]
        for (position, element) in enumerated() {
            let elementKey = key(element)
            if positions[elementKey] == nil { positions[elementKey] = position }
        }
        return positions
    }
}
