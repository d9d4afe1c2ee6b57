import Yams

/// The `podwright.dev/design` annotation of a starter manifest's main workload: the answers and the
/// channels a manifest cannot show (and the target and style), so `podwright import` reads the design back.
/// Its value is one line of flow YAML: `{kubernetes: '1.33', companions: [{name: log-shipper, lifecycle: same, ...}]}`.
public enum DesignAnnotation {
    public static let key = "podwright.dev/design"

    /// The annotation's value for a design.
    static func value(_ design: Design) -> String {
        var fields: [String] = []
        if let version = design.kubernetes { fields.append("kubernetes: \(flow(version.description))") }
        if design.sidecarStyle != .auto { fields.append("sidecarStyle: \(design.sidecarStyle.rawValue)") }
        let companions = design.companions.map { companion in
            var parts = ["name: \(companion.name)"]
            for question in Question.allCases where !companion.answers.assumed.contains(question) {
                parts.append("\(question.rawValue): \(companion.answers.word(for: question))")
            }
            if !companion.sharedPaths.isEmpty {
                parts.append("sharedPaths: [\(companion.sharedPaths.map(flow).joined(separator: ", "))]")
            }
            if let port = companion.localPort { parts.append("localPort: \(port)") }
            if let upstream = companion.upstream { parts.append("upstream: \(flow(upstream))") }
            return "{\(parts.joined(separator: ", "))}"
        }
        fields.append("companions: [\(companions.joined(separator: ", "))]")
        return "{\(fields.joined(separator: ", "))}"
    }

    /// A flow scalar: plain where that reads back the same, else single-quoted (so the annotation,
    /// written double-quoted, needs no escapes).
    static func flow(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let plain = scalars.first.map { $0.isASCIIAlphanumeric || $0 == "/" } ?? false
            && scalars.allSatisfy { $0.isASCIIAlphanumeric || "/_.-".unicodeScalars.contains($0) }
        return plain ? text : "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    /// The annotation read back: the design-level fields and each companion's entry, leniently
    /// (what does not read is left out, and so assumed).
    static func read(_ value: String) -> Node? {
        guard let node = try? Yams.compose(yaml: value, .basic), node.mapping != nil else { return nil }
        return node
    }
}
