import Yams

/// The design file's schema, owned here once: every field of every mapping, how it is read and how it is written.
/// Adding a field is one row in one of these tables plus its meaning in the model.
public enum DesignSchema {
    /// The top of the file.
    public static let design = FieldTable<Design>(fields: [
        DesignField(.podwright, .integer, required: true, read: { _, node, path, r throws(DesignError) in
            guard (try? r.nodes.integer(node, path, in: 1...1)) != nil else {
                throw r.nodes.error(node, path, .unsupportedFormat(found: NodeReader.found(node)))
            }
        }, write: { _ in .int(Design.format) }),
        DesignField(.name, .text, required: true, read: { design, node, path, r throws(DesignError) in
            design.name = try r.nodes.name(node, path, startsWithLetter: true)
        }, write: { .string($0.name) }),
        DesignField(.kubernetes, .text, annotated: true, read: { design, node, path, r throws(DesignError) in
            design.kubernetes = try r.nodes.version(node, path)
        }, write: { $0.kubernetes.map { .string($0.description) } }),
        DesignField(.sidecarStyle, .text, annotated: true, defaultText: SidecarStyle.auto.rawValue, read: { design, node, path, r throws(DesignError) in
            design.sidecarStyle = try r.nodes.word(node, path, as: SidecarStyle.self)
            design.sidecarStyleLocation = r.nodes.location(node)
        }, write: { $0.sidecarStyle == .auto ? nil : .string($0.sidecarStyle.rawValue) }),
        DesignField(.security, .text, annotated: true, read: { design, node, path, r throws(DesignError) in
            design.security = try r.nodes.word(node, path, as: SecurityProfile.self)
        }, write: { $0.security.map { .string($0.rawValue) } }),
        DesignField(.main, .mapping, required: true, read: { design, node, path, r throws(DesignError) in
            var main = MainContainer(name: "", image: "", location: r.nodes.location(node))
            let found = try DesignSchema.main.read(node, path, into: &main, with: r)
            if let replicas = found.first(where: { $0.key == .replicas }), !main.workload.hasReplicas {
                throw r.nodes.error(replicas.value, path / .replicas, .replicasNotApplicable(workload: main.workload.rawValue))
            }
            try r.nodes.checkSecrets(found, path)
            design.main = main
        }, write: { .mapping(DesignSchema.main.entries($0.main)) }),
        DesignField(.companions, .list, read: { design, node, path, r throws(DesignError) in
            var seen: [String: Int] = [design.main.name: design.main.location.line]
            for (index, item) in try r.nodes.list(node, path).enumerated() {
                var companion = Companion(name: "", image: "", answers: Answers(assumed: Set(Question.allCases)), location: r.nodes.location(item))
                let found = try DesignSchema.companion.read(item, path[index], into: &companion, with: r)
                try r.nodes.checkSecrets(found, path[index])
                companion.assumeUnanswered()
                let nameNode = item.mapping?["name"] ?? item
                if let line = seen[companion.name] {
                    throw r.nodes.error(nameNode, path[index] / .name, .duplicateName(found: companion.name, line: line))
                }
                if companion.name == design.name {
                    throw r.nodes.error(nameNode, path[index] / .name, .nameIsDesignName(found: design.name))
                }
                seen[companion.name] = companion.location.line
                if design.main.workload == .stateful, let data = design.main.settings.dataPath,
                   let shared = companion.sharedPaths.firstIndex(of: data) {
                    let pathNode = item.mapping?["sharedPaths"]?.sequence?[shared] ?? item
                    throw r.nodes.error(pathNode, (path[index] / .sharedPaths)[shared], .pathIsDataPath(found: NodeReader.clip(data)))
                }
                design.companions.append(companion)
            }
            try checkServes(design, node, path, r)
        }, write: { $0.companions.isEmpty ? nil : .sequence($0.companions.map { .mapping(DesignSchema.companion.entries($0)) }) }),
    ], readLast: [.companions])  // companions are checked against the design's and the main container's names

    /// The main container.
    public static let main = FieldTable<MainContainer>(fields: [
        DesignField(.name, .text, required: true, read: { main, node, path, r throws(DesignError) in
            main.name = try r.nodes.name(node, path, startsWithLetter: false)
        }, write: { .string($0.name) }),
        DesignField(.image, .text, required: true, read: { main, node, path, r throws(DesignError) in
            main.image = try r.nodes.image(node, path)
        }, write: { .string($0.image) }),
        DesignField(.workload, .text, read: { main, node, path, r throws(DesignError) in
            main.workload = try r.nodes.word(node, path, as: Workload.self)
        }, write: { .string($0.workload.rawValue) }),
        DesignField(.replicas, .integer, read: { main, node, path, r throws(DesignError) in
            main.replicas = try r.nodes.integer(node, path, in: 0...100_000)
        }, write: { $0.workload.hasReplicas ? .int($0.replicas) : nil }),
        DesignField(.ports, .ports, read: { main, node, path, r throws(DesignError) in
            main.ports = try DesignSchema.ports(node, path, r)
        }, write: { portList($0.ports) }),
    ] + settingsFields())

    /// A companion: who it is, its answers, and what it shares with the main container.
    public static let companion = FieldTable<Companion>(fields: [
        DesignField(.name, .text, required: true, annotated: true, read: { companion, node, path, r throws(DesignError) in
            companion.name = try r.nodes.name(node, path, startsWithLetter: true)
        }, write: { .string($0.name) }),
        DesignField(.image, .text, required: true, read: { companion, node, path, r throws(DesignError) in
            companion.image = try r.nodes.image(node, path)
        }, write: { .string($0.image) }),
        DesignField(.serves, .text, annotated: true, read: { companion, node, path, r throws(DesignError) in
            companion.serves = try r.nodes.name(node, path, startsWithLetter: false)
            companion.servesLocation = r.nodes.location(node)
        }, write: { $0.serves.map { .string($0) } }),
    ] + Question.allCases.map(answerField) + [
        DesignField(.sharedPaths, .paths, annotated: true, read: { companion, node, path, r throws(DesignError) in
            companion.sharedPaths = try r.nodes.paths(node, path)
        }, write: { $0.sharedPaths.isEmpty ? nil : .sequence($0.sharedPaths.map { .string($0) }) }),
        DesignField(.ports, .ports, read: { companion, node, path, r throws(DesignError) in
            companion.ports = try DesignSchema.ports(node, path, r)
        }, write: { portList($0.ports) }),
        DesignField(.localPort, .integer, annotated: true, read: { companion, node, path, r throws(DesignError) in
            companion.localPort = try r.nodes.integer(node, path, in: 1...65535)
            companion.localPortLocation = r.nodes.location(node)
        }, write: { $0.localPort.map { .int($0) } }),
        DesignField(.upstream, .trimmedText, annotated: true, read: { companion, node, path, r throws(DesignError) in
            companion.upstream = try r.nodes.text(node, path)
        }, write: { $0.upstream.map { .string($0) } }),
    ] + settingsFields())

    /// One answer of a companion: given when written (its line comment is its note), assumed when left out.
    static func answerField(_ question: Question) -> DesignField<Companion> {
        DesignField(FieldKey(question), .answer, annotated: true, read: { companion, node, path, r throws(DesignError) in
            companion.answers.set(try r.nodes.answer(node, path, to: question))
            companion.answers.assumed.remove(question)
            companion.answerLocations[question] = r.nodes.location(node)
            if let note = r.comments?.after(node) { companion.notes[question] = note }
        }, write: { companion in
            companion.answers.assumed.contains(question) ? nil : .string(companion.answers.word(for: question))
        }, note: { $0.notes[question] })
    }

    /// A port written as a mapping (`{port: 53, name: dns, protocol: UDP}`).
    public static let port = FieldTable<Port>(fields: [
        DesignField(.port, .integer, required: true, read: { port, node, path, r throws(DesignError) in
            port.number = try r.nodes.integer(node, path, in: 1...65535)
        }, write: { .int($0.number) }),
        DesignField(.name, .text, read: { port, node, path, r throws(DesignError) in
            let name = try r.nodes.string(node, path)
            guard NameRules.isPortName(name) else { throw r.nodes.error(node, path, .notPortName(found: NodeReader.clip(name))) }
            port.name = name
        }, write: { $0.name.map { .string($0) } }),
        DesignField(.portProtocol, .text, read: { port, node, path, r throws(DesignError) in
            port.proto = try r.nodes.word(node, path, as: PortProtocol.self)
        }, write: { $0.proto == .TCP ? nil : .string($0.proto.rawValue) }),
    ])

    /// Ports as a list: a bare number where only the number is set, else a mapping; nil when there are none.
    static func portList(_ ports: [Port]) -> YAMLNode? {
        guard !ports.isEmpty else { return nil }
        return .sequence(ports.map { port in
            port.name == nil && port.proto == .TCP ? .int(port.number) : .mapping(DesignSchema.port.entries(port))
        })
    }
}
