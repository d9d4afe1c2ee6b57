extension Design {
    /// The name of the container a companion serves: its `serves`, else the main container.
    public func served(by companion: Companion) -> String { companion.serves ?? main.name }

    /// The names met following `serves` from a companion, starting with it: ends at the main container, at a name
    /// the design does not hold, or, for a cycle, at the first name met again (which is then repeated last).
    /// Nil when the name is not a companion's.
    public func servesChain(from name: String) -> [String]? {
        guard companions.contains(where: { $0.name == name }) else { return nil }
        var chain = [name]
        var current = name
        while let companion = companions.first(where: { $0.name == current }) {
            let next = served(by: companion)
            chain.append(next)
            if chain.dropLast().contains(next) { break }
            current = next
        }
        return chain
    }
}
