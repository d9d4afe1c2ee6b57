import PodModel
import PodText
import Yams

/// Reads Compose files as `docker compose config` does, before import infers anything from them: the first file
/// format (services at the top level) and the later ones; variables interpolated from the environment and `.env`;
/// YAML merge keys; `extends`, within a file or from another; several files merged in order, later ones overriding
/// earlier ones per service; `env_file` read into `environment`. What it cannot carry is a note. Its result is one
/// `services:` mapping for `ComposeReader`, whose marks are lines of `sources` (which names the file of each).
struct ComposeLoader {
    let text: Catalog
    let environment: ComposeEnvironment
    /// Every text read, in the order read: the files given, `.env`, extended files, env files.
    var sources = ComposeSourceMap()
    /// The notes, placed in the numbering of `sources`.
    var notes: [ImportNote] = []
    /// The variables of `.env`, and where `.env` is looked for (beside the first file).
    var dotenv: [String: String] = [:]
    var dotenvPath = ".env"
    /// The variables used but unset, each with the first place it is written, in the order met.
    var unset: [(name: String, location: SourceLocation)] = []
    /// The services of each file read, by index in `sources`, and each service once its `extends` is followed,
    /// by `index#name`.
    var fileServices: [Int: [String: Node]] = [:]
    var resolved: [String: Node] = [:]
    /// Files named by `extends`, by path: their index in `sources`, or nil when missing or not Compose.
    var extendedFiles: [String: Int?] = [:]
    /// Env files, by path: their variables with the marks of their lines, or nil when missing; each is read once.
    var envFiles: [String: [(name: String, value: String, mark: Mark?)]?] = [:]

    init(catalog: Catalog, environment: ComposeEnvironment) {
        text = catalog
        self.environment = environment
    }

    /// The services of the files (name and text), each file read in turn and merged onto the ones before it.
    mutating func load(_ files: [(name: String, text: String)]) throws(DesignError) -> Node {
        for file in files { _ = sources.add(file.name, text: file.text) }
        let directory = Self.directory(of: files[0].name)
        dotenvPath = Self.join(directory, ".env")
        try readDotEnv()
        var merged: [(name: String, key: Node, node: Node)] = []
        var position: [String: Int] = [:]
        var servicesNode: Node?
        for index in files.indices {
            guard let (node, services) = try services(of: index, directory: directory) else {
                throw DesignError(file: files[index].name, location: sources.start(of: index), problem: index == 0 ? .notImportable : .mergeNotCompose)
            }
            servicesNode = servicesNode ?? node
            fileServices[index] = Self.byName(services)
            let keys = Dictionary(node.pairs.map { ($0.key.string ?? "", $0.key) }) { first, _ in first }
            for (name, _) in services {
                let service = try extended(name, in: index, chain: []) ?? Node.mapping(Node.Mapping([]))
                if let at = position[name] {
                    merged[at].node = ComposeMerge.merge(merged[at].node, service)
                } else {
                    position[name] = merged.count
                    merged.append((name, keys[name] ?? .text(name, at: service.mark), service))
                }
            }
        }
        for index in merged.indices { merged[index].node = try withEnvFiles(merged[index].name, merged[index].node) }
        noteWhatIsNotCarried(merged.map { ($0.name, $0.node) })
        for (name, location) in unset {
            notes.append(ImportNote(location: location, text: text[.importNoteUnsetVariable, ["name": name, "dotenv": dotenvPath]]))
        }
        let pairs = merged.map { ($0.key, $0.node) }
        let services = servicesNode.map { $0.withPairs(pairs) } ?? .mapping(Node.Mapping(pairs))
        return .mapping(Node.Mapping([(Node.text("services", at: services.mark), services)]))
    }

    /// Services by name (the first of a name, as YAML refuses a second).
    static func byName(_ services: [(name: String, node: Node)]) -> [String: Node] {
        Dictionary(services.map { ($0.name, $0.node) }) { first, _ in first }
    }

    /// Whether a file is written in Compose's first format: no `services:`, and every top-level entry (but the
    /// `x-` extension fields) a mapping, one at least naming an image or a build.
    static func isFirstFormat(_ root: Node) -> Bool {
        let entries = root.pairs.filter { !($0.key.string ?? "").hasPrefix("x-") }
        guard case .mapping = root, root["services"] == nil, root["kind"] == nil, root["apiVersion"] == nil, !entries.isEmpty else {
            return false
        }
        return entries.allSatisfy { if case .mapping = $0.value { true } else { false } }
            && entries.contains { $0.value["image"] != nil || $0.value["build"] != nil }
    }

    /// The `services:` node of a file (the whole file in the first format) and its services: interpolated, with
    /// merge keys applied, extension fields left out and `env_file` paths made relative to `directory`; nil when
    /// the file is not a Compose file.
    mutating func services(of index: Int, directory: String) throws(DesignError) -> (Node, [(name: String, node: Node)])? {
        guard let root = try sources.parse(index) else { return nil }
        var budget = DesignParser.maxExpandedNodes
        guard DesignParser.fits(root, budget: &budget) else {
            throw DesignError(file: sources.files[index].name, location: sources.start(of: index),
                              problem: .aliasExpansion(limit: DesignParser.maxExpandedNodes))
        }
        let reader = NodeReader(file: sources.files[index].name)
        let servicesNode: Node
        let firstFormat = Self.isFirstFormat(root)
        if let node = root["services"] {
            guard case .mapping = node else {
                throw reader.error(node, .compose("services"), .wrongType(found: NodeReader.found(node), expected: .mapping))
            }
            servicesNode = node
            if let include = root.key("include") {
                notes.append(ImportNote(location: reader.location(include), text: text[.importNoteInclude]))
            }
        } else if firstFormat {
            servicesNode = root
            let first = root.pairs.first { !($0.key.string ?? "").hasPrefix("x-") }!.key
            notes.append(ImportNote(location: reader.location(first), text: text[.importNoteComposeV1, ["file": sources.files[index].name]]))
        } else {
            return nil
        }
        let names = Set(servicesNode.pairs.compactMap(\.key.string))
        var services: [(name: String, node: Node)] = []
        for (key, value) in servicesNode.pairs {
            let name = try reader.string(key, .compose("services"))
            guard !name.hasPrefix("x-") else { continue }
            var node = try interpolated(Self.withoutExtensions(value.mergingKeys()), field: "services.\(name)", service: name)
            if firstFormat { node = Self.firstFormat(node, services: names) }
            services.append((name, Self.withEnvFilePaths(node, from: directory)))
        }
        return (servicesNode, services)
    }

    /// The node without the `x-` extension fields of its mappings, at every level: Compose's own comments.
    static func withoutExtensions(_ node: Node) -> Node {
        switch node {
        case .scalar, .alias: node
        case .sequence: node.withItems(node.items.map(withoutExtensions))
        case .mapping: node.withPairs(node.pairs.filter { !($0.key.string ?? "").hasPrefix("x-") }.map { ($0.key, withoutExtensions($0.value)) })
        }
    }

    /// A service of the first format in today's terms: `net` is `network_mode`, and `net: container:NAME` of a
    /// service of the file is `network_mode: service:NAME`.
    static func firstFormat(_ node: Node, services: Set<String>) -> Node {
        guard let net = node["net"], node["network_mode"] == nil, var mode = net.string else { return node }
        if mode.hasPrefix("container:"), services.contains(String(mode.dropFirst(10))) { mode = "service:" + mode.dropFirst(10) }
        let key = node.key("net")
        return node.setting("net", nil).setting("network_mode", .text(mode, at: net.mark), keyMark: key?.mark)
    }

    /// The folder of a file as named (empty for a file in the working directory or standard input).
    static func directory(of file: String) -> String {
        guard file != "<stdin>", let slash = file.lastIndex(of: "/") else { return "" }
        return slash == file.startIndex ? "/" : String(file[..<slash])
    }

    /// A path named in a file of `directory`, as the working directory sees it.
    static func join(_ directory: String, _ path: String) -> String {
        var path = Substring(path)
        guard !path.hasPrefix("/"), !path.hasPrefix("~") else { return String(path) }
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        if directory.isEmpty { return String(path) }
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }
}
