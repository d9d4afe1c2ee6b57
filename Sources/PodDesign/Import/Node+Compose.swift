import Yams

extension Node {
    /// A string scalar, whatever it reads like (an empty one is text, not null), placed at `mark`.
    static func text(_ string: String, at mark: Mark?) -> Node {
        .scalar(Node.Scalar(string, Tag(.str), .singleQuoted, mark))
    }

    /// A mapping of these pairs, with this node's tag, style and mark.
    func withPairs(_ pairs: [(Node, Node)]) -> Node {
        guard case let .mapping(mapping) = self else { return .mapping(Node.Mapping(pairs)) }
        return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
    }

    /// A sequence of these items, with this node's tag, style and mark.
    func withItems(_ items: [Node]) -> Node {
        guard case let .sequence(sequence) = self else { return .sequence(Node.Sequence(items)) }
        return .sequence(Node.Sequence(items, sequence.tag, sequence.style, sequence.mark))
    }

    /// The pairs of a mapping, in order; none for anything else.
    var pairs: [(key: Node, value: Node)] {
        guard case let .mapping(mapping) = self else { return [] }
        return mapping.map { ($0.key, $0.value) }
    }

    /// The items of a sequence; none for anything else.
    var items: [Node] { sequence.map(Array.init) ?? [] }

    /// The key node of a mapping's entry.
    func key(_ name: String) -> Node? { pairs.first { $0.key.string == name }?.key }

    /// This mapping with the entry `name` set to `value` (in place, or at the end), or taken out for nil.
    func setting(_ name: String, _ value: Node?, keyMark: Mark? = nil) -> Node {
        var pairs = self.pairs.map { ($0.key, $0.value) }
        if let index = pairs.firstIndex(where: { $0.0.string == name }) {
            if let value { pairs[index].1 = value } else { pairs.remove(at: index) }
        } else if let value {
            pairs.append((Node.text(name, at: keyMark ?? value.mark), value))
        }
        return withPairs(pairs)
    }

    /// Whether the node carries Compose's `!reset` tag (take the inherited value out) or `!override` (replace it whole).
    var isReset: Bool { tag.description == "!reset" }
    var isOverride: Bool { tag.description == "!override" }

    /// The node with YAML merge keys (`<<: *defaults`) applied at every level: keys written in a mapping win over
    /// merged ones, and an earlier merged mapping over a later one.
    func mergingKeys() -> Node {
        switch self {
        case .scalar, .alias:
            return self
        case .sequence:
            return withItems(items.map { $0.mergingKeys() })
        case .mapping:
            let written = pairs.filter { $0.key.string != "<<" }.map { ($0.key, $0.value.mergingKeys()) }
            let sources = pairs.filter { $0.key.string == "<<" }.flatMap { $0.value.sequence.map(Array.init) ?? [$0.value] }
            guard !sources.isEmpty else { return withPairs(written) }
            var inherited: [(Node, Node)] = []
            for source in sources {
                for (key, value) in source.mergingKeys().pairs where !inherited.contains(where: { $0.0.string == key.string }) {
                    inherited.append((key, value))
                }
            }
            let names = Set(written.map { $0.0.string })
            return withPairs(inherited.filter { !names.contains($0.0.string) } + written)
        }
    }
}
