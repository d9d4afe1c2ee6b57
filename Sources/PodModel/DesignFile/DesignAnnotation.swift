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
        var out = ""
        flow(node, into: &out)
        return out
    }

    /// Appends a node as flow YAML (one string for the whole annotation, rather than one per node joined).
    static func flow(_ node: YAMLNode, into out: inout String) {
        switch node {
        case let .string(text): out += flow(text)
        case let .int(value): out += String(value)
        case let .bool(value): out += value ? "true" : "false"
        case let .sequence(items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += ", " }
                flow(item, into: &out)
            }
            out += "]"
        case let .mapping(entries):
            out += "{"
            for (index, entry) in entries.enumerated() {
                if index > 0 { out += ", " }
                out += entry.key
                out += ": "
                flow(entry.value, into: &out)
            }
            out += "}"
        }
    }

    /// A flow scalar: plain where that reads back the same, else single-quoted (so the annotation,
    /// written double-quoted, needs no escapes).
    static func flow(_ text: String) -> String {
        let plain = text.unicodeScalars.first.map { $0.isASCIIAlphanumeric || $0 == "/" } ?? false
            && text.utf8.allSatisfy(isPlainByte)
        return plain ? text : "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    /// Whether a byte of UTF-8 is an ASCII letter or digit or one of `/_.-` (what a plain flow scalar may hold).
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "/"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    /// The annotation's YAML, when it is a mapping; `FieldTable.readLeniently` then takes what reads
    /// from it (what does not is left out, and so assumed).
    public static func read(_ value: String) -> Node? {
        guard let node = try? Yams.compose(yaml: value, .basic), node.mapping != nil else { return nil }
        return node
    }
}
