import Yams

/// The `podwright.dev/design` annotation of a starter manifest's main workload: the schema's annotated fields
/// (the answers and channels a manifest cannot show, the target and style, the main container's `secretEnv`,
/// `dataPath` and `security` when it has them), so `podwright import` reads the design back.
/// Its value is one line of flow YAML: `{kubernetes: 1.33, companions: [{name: log-shipper, lifecycle: same, ...}]}`.
public enum DesignAnnotation {
    public static let key = "podwright.dev/design"

    /// The annotation's value for a design.
    public static func value(_ design: Design) -> String {
        let companions = design.companions.map { YAMLNode.mapping(DesignSchema.companion.entries($0, only: \.annotated)) }
        let main = DesignSchema.main.entries(design.main, only: \.annotated)
        let entries = DesignSchema.design.entries(design, only: \.annotated)
            + (main.isEmpty ? [] : [YAMLEntry(FieldKey.main.rawValue, .mapping(main))])
            + [YAMLEntry(FieldKey.companions.rawValue, .sequence(companions))]
        return flow(.mapping(entries))
    }

    /// A node as flow YAML on one line.
    static func flow(_ node: YAMLNode) -> String {
        switch node {
        case let .string(text): flow(text)
        case let .int(value): String(value)
        case let .bool(value): value ? "true" : "false"
        case let .sequence(items): "[" + items.map(flow).joined(separator: ", ") + "]"
        case let .mapping(entries): "{" + entries.map { "\($0.key): \(flow($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// A flow scalar: plain where that reads back the same, else single-quoted (so the annotation,
    /// written double-quoted, needs no escapes).
    static func flow(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let plain = scalars.first.map { $0.isASCIIAlphanumeric || $0 == "/" } ?? false
            && scalars.allSatisfy { $0.isASCIIAlphanumeric || "/_.-".unicodeScalars.contains($0) }
        return plain ? text : "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    /// The annotation's YAML, when it is a mapping; `FieldTable.readLeniently` then takes what reads
    /// from it (what does not is left out, and so assumed).
    public static func read(_ value: String) -> Node? {
        guard let node = try? Yams.compose(yaml: value, .basic), node.mapping != nil else { return nil }
        return node
    }
}
