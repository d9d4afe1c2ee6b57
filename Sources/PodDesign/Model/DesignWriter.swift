/// Writes a design as a design file (format 1), the inverse of `DesignParser`:
/// answers that were assumed stay out, so they read back as assumed; each answer's note is its line's comment.
public enum DesignWriter {
    /// The design file text, with comment lines above it.
    public static func yaml(_ design: Design, comments: [String] = []) -> String {
        YAMLWriter.write([document(design, comments: comments)])
    }

    static func document(_ design: Design, comments: [String]) -> YAMLDocument {
        var entries = [YAMLEntry("podwright", .int(Design.format)), YAMLEntry("name", .string(design.name))]
        if let version = design.kubernetes { entries.append(YAMLEntry("kubernetes", .string(version.description))) }
        if design.sidecarStyle != .auto { entries.append(YAMLEntry("sidecarStyle", .string(design.sidecarStyle.rawValue))) }
        entries.append(YAMLEntry("main", main(design.main)))
        if !design.companions.isEmpty {
            entries.append(YAMLEntry("companions", .sequence(design.companions.map(companion))))
        }
        return YAMLDocument(comments: comments, root: .mapping(entries))
    }

    static func main(_ main: MainContainer) -> YAMLNode {
        var entries = [
            YAMLEntry("name", .string(main.name)),
            YAMLEntry("image", .string(main.image)),
            YAMLEntry("workload", .string(main.workload.rawValue)),
        ]
        if main.workload.hasReplicas { entries.append(YAMLEntry("replicas", .int(main.replicas))) }
        if !main.ports.isEmpty { entries.append(YAMLEntry("ports", ports(main.ports))) }
        return .mapping(entries)
    }

    static func companion(_ companion: Companion) -> YAMLNode {
        var entries = [YAMLEntry("name", .string(companion.name)), YAMLEntry("image", .string(companion.image))]
        let answers = companion.answers
        for question in Question.allCases where !answers.assumed.contains(question) {
            entries.append(YAMLEntry(question.rawValue, .string(answers.word(for: question)), comment: companion.notes[question]))
        }
        if !companion.sharedPaths.isEmpty {
            entries.append(YAMLEntry("sharedPaths", .sequence(companion.sharedPaths.map { .string($0) })))
        }
        if !companion.ports.isEmpty { entries.append(YAMLEntry("ports", ports(companion.ports))) }
        if let local = companion.localPort { entries.append(YAMLEntry("localPort", .int(local))) }
        if let upstream = companion.upstream { entries.append(YAMLEntry("upstream", .string(upstream))) }
        return .mapping(entries)
    }

    static func ports(_ ports: [Port]) -> YAMLNode {
        .sequence(ports.map { port in
            guard port.name != nil || port.proto != .TCP else { return .int(port.number) }
            var entries = [YAMLEntry("port", .int(port.number))]
            if let name = port.name { entries.append(YAMLEntry("name", .string(name))) }
            if port.proto != .TCP { entries.append(YAMLEntry("protocol", .string(port.proto.rawValue))) }
            return .mapping(entries)
        })
    }
}
