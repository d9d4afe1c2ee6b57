import PodDesign

extension Draft {
    /// The draft as design-file text; `complete` leaves out companions still missing a name or image.
    public func designFile(completeOnly: Bool = false) -> String {
        var entries = [
            YAMLEntry("podwright", .int(Design.format)),
            YAMLEntry("name", .string(name)),
            YAMLEntry("kubernetes", .string(kubernetes)),
        ]
        if sidecarStyle != SidecarStyle.auto.rawValue { entries.append(YAMLEntry("sidecarStyle", .string(sidecarStyle))) }
        var main = [
            YAMLEntry("name", .string(mainName)),
            YAMLEntry("image", .string(mainImage)),
            YAMLEntry("workload", .string(workload)),
        ]
        if Workload(rawValue: workload)?.hasReplicas ?? false { main.append(YAMLEntry("replicas", Self.number(replicas))) }
        if !Self.items(mainPorts).isEmpty { main.append(YAMLEntry("ports", Self.ports(mainPorts))) }
        entries.append(YAMLEntry("main", .mapping(main)))
        let shown = completeOnly ? companions.filter { !$0.name.isEmpty && !$0.image.isEmpty } : companions
        if !shown.isEmpty { entries.append(YAMLEntry("companions", .sequence(shown.map(\.node)))) }
        return YAMLWriter.write([YAMLDocument(root: .mapping(entries))])
    }

    /// The design the draft stands for, or the first thing wrong with it, as the parser reports it.
    public func design(completeOnly: Bool = false) -> Result<Design, DesignError> {
        do {
            return .success(try DesignParser.parse(designFile(completeOnly: completeOnly), file: "draft"))
        } catch {
            return .failure(error)
        }
    }

    /// A draft holding a design read from a file; every answer written there counts as given.
    public init(_ design: Design) {
        self.init()
        name = design.name
        kubernetes = (design.kubernetes ?? .newest).description
        sidecarStyle = design.sidecarStyle.rawValue
        mainName = design.main.name
        mainImage = design.main.image
        workload = design.main.workload.rawValue
        replicas = String(design.main.replicas)
        mainPorts = Self.text(design.main.ports)
        companions = design.companions.map { companion in
            var draft = DraftCompanion(name: companion.name)
            draft.image = companion.image
            for question in Question.allCases where !companion.answers.assumed.contains(question) {
                draft.answers[question.rawValue] = companion.answers.word(for: question)
            }
            if !companion.notes.isEmpty {
                draft.notes = Dictionary(uniqueKeysWithValues: companion.notes.map { ($0.key.rawValue, $0.value) })
            }
            draft.sharedPaths = companion.sharedPaths.joined(separator: ", ")
            draft.ports = Self.text(companion.ports)
            draft.localPort = companion.localPort.map(String.init) ?? ""
            draft.upstream = companion.upstream ?? ""
            return draft
        }
    }

    /// Comma- or space-separated items.
    static func items(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }

    /// A whole number as a YAML number, anything else as text (so the parser names it).
    static func number(_ text: String) -> YAMLNode {
        let trimmed = text.trimmingSpaces
        if !trimmed.isEmpty, trimmed.count <= 9, trimmed.allSatisfy(\.isASCII), trimmed.allSatisfy(\.isNumber), let value = Int(trimmed) {
            return .int(value)
        }
        return .string(trimmed)
    }

    /// Ports typed as `80, dns=53/udp`: an optional `name=`, the number, an optional `/protocol`.
    static func ports(_ text: String) -> YAMLNode {
        .sequence(items(text).map { item in
            var rest = Substring(item)
            var name: String?
            var proto: String?
            if let equals = rest.firstIndex(of: "=") {
                name = String(rest[..<equals])
                rest = rest[rest.index(after: equals)...]
            }
            if let slash = rest.firstIndex(of: "/") {
                proto = rest[rest.index(after: slash)...].uppercased()
                rest = rest[..<slash]
            }
            let number = Self.number(String(rest))
            guard name != nil || proto != nil else { return number }
            var entries = [YAMLEntry("port", number)]
            if let name { entries.append(YAMLEntry("name", .string(name))) }
            if let proto { entries.append(YAMLEntry("protocol", .string(proto))) }
            return .mapping(entries)
        })
    }

    /// Ports as the draft writes them.
    static func text(_ ports: [Port]) -> String {
        ports.map { port in
            (port.name.map { "\($0)=" } ?? "") + String(port.number) + (port.proto == .TCP ? "" : "/" + port.proto.rawValue.lowercased())
        }.joined(separator: ", ")
    }
}

extension DraftCompanion {
    var node: YAMLNode {
        var entries = [YAMLEntry("name", .string(name)), YAMLEntry("image", .string(image))]
        let engine = engineAnswers
        let proxies = Role(engine) == .ambassador
        for question in engine.applicableQuestions {
            guard let word = answers[question.rawValue] else { continue }
            entries.append(YAMLEntry(question.rawValue, .string(word), comment: note(question)))
        }
        let paths = Draft.items(sharedPaths)
        if !paths.isEmpty { entries.append(YAMLEntry("sharedPaths", .sequence(paths.map { .string($0) }))) }
        if !Draft.items(ports).isEmpty { entries.append(YAMLEntry("ports", Draft.ports(ports))) }
        if proxies, !localPort.trimmingSpaces.isEmpty { entries.append(YAMLEntry("localPort", Draft.number(localPort))) }
        if proxies, !upstream.trimmingSpaces.isEmpty { entries.append(YAMLEntry("upstream", .string(upstream.trimmingSpaces))) }
        return .mapping(entries)
    }
}

extension String {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
