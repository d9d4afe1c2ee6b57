import Yams

/// How Compose merges a service with one that overrides or extends it: mappings are merged key by key, sequences
/// appended (without repeating an entry), scalars replaced. Some fields have their own rule: `command`,
/// `entrypoint` and `healthcheck.test` are replaced whole; `environment`, `labels` and the like are merged by name
/// whether written as a mapping or a `NAME=value` list; `depends_on` by service; `volumes` by the path mounted.
/// `!reset` takes an inherited value out and `!override` replaces it whole.
enum ComposeMerge {
    /// Fields replaced whole.
    static let replaced: Set<String> = ["command", "entrypoint", "test"]
    /// Fields merged by name, as a mapping.
    static let byName: Set<String> = ["environment", "labels", "annotations", "extra_hosts", "sysctls", "build.args", "args"]

    /// `override` merged onto `base`, for the field `key` (empty at the service's level).
    static func merge(_ base: Node, _ override: Node, key: String = "") -> Node {
        if override.isOverride { return override }
        if replaced.contains(key) { return override }
        if byName.contains(key) { return mergeByName(base, override) }
        switch (base, override) {
        case (.mapping, .mapping):
            var pairs = base.pairs.map { ($0.key, $0.value) }
            for (name, value) in override.pairs {
                let field = name.string ?? ""
                let index = pairs.firstIndex { $0.0.string == field }
                if value.isReset {
                    if let index { pairs.remove(at: index) }
                } else if let index {
                    pairs[index].1 = field == "depends_on" ? mergeDependencies(pairs[index].1, value)
                        : field == "volumes" && key.isEmpty ? mergeVolumes(pairs[index].1, value)
                        : merge(pairs[index].1, value, key: field)
                } else {
                    pairs.append((name, value))
                }
            }
            return base.withPairs(pairs)
        case (.sequence, .sequence):
            var items = base.items
            for item in override.items where !items.contains(item) { items.append(item) }
            return base.withItems(items)
        default:
            return override
        }
    }

    /// Two `environment`-like fields merged by name: a mapping, in the order names first appear.
    static func mergeByName(_ base: Node, _ override: Node) -> Node {
        var pairs = entries(base)
        for (name, value) in entries(override) {
            if let index = pairs.firstIndex(where: { $0.0.string == name.string }) { pairs[index].1 = value } else { pairs.append((name, value)) }
        }
        return .mapping(Node.Mapping(pairs, Tag(.map), .block, base.mark))
    }

    /// An `environment`-like field as name and value pairs: a mapping's own, or a list's `NAME=value` items
    /// (a bare `NAME` has a null value, as in a mapping).
    static func entries(_ node: Node) -> [(Node, Node)] {
        if case .mapping = node { return node.pairs.map { ($0.key, $0.value) } }
        return node.items.compactMap { item in
            guard let text = item.string else { return nil }
            guard let equals = text.firstIndex(of: "=") else {
                return (Node.text(text, at: item.mark), Node.scalar(Node.Scalar("", .implicit, .plain, item.mark)))
            }
            return (Node.text(String(text[..<equals]), at: item.mark), Node.text(String(text[text.index(after: equals)...]), at: item.mark))
        }
    }

    /// Two `depends_on` merged by service: a list when both are lists, else a mapping of service to its condition.
    static func mergeDependencies(_ base: Node, _ override: Node) -> Node {
        if case .sequence = base, case .sequence = override { return merge(base, override, key: "depends_on.list") }
        func mapping(_ node: Node) -> [(Node, Node)] {
            if case .mapping = node { return node.pairs.map { ($0.key, $0.value) } }
            return node.items.map { ($0, Node.mapping(Node.Mapping([(Node.text("condition", at: $0.mark), Node.text("service_started", at: $0.mark))]))) }
        }
        var pairs = mapping(base)
        for (name, value) in mapping(override) {
            if let index = pairs.firstIndex(where: { $0.0.string == name.string }) {
                pairs[index].1 = merge(pairs[index].1, value, key: "depends_on.service")
            } else {
                pairs.append((name, value))
            }
        }
        return .mapping(Node.Mapping(pairs, Tag(.map), .block, base.mark))
    }

    /// Two `volumes` lists merged by the path mounted: an entry for a path already mounted replaces it in place.
    static func mergeVolumes(_ base: Node, _ override: Node) -> Node {
        guard case .sequence = base, case .sequence = override else { return merge(base, override, key: "volumes.any") }
        var items = base.items
        for item in override.items {
            if let target = target(of: item), let index = items.firstIndex(where: { Self.target(of: $0) == target }) {
                items[index] = item
            } else if !items.contains(item) {
                items.append(item)
            }
        }
        return base.withItems(items)
    }

    /// The path a `volumes` entry mounts: `target` of the long form, or the part after the source in the short one.
    static func target(of volume: Node) -> String? {
        if case .mapping = volume { return volume["target"]?.string }
        guard let parts = volume.string?.split(separator: ":", omittingEmptySubsequences: false) else { return nil }
        return parts.count > 1 ? String(parts[1]) : String(parts[0])
    }
}
