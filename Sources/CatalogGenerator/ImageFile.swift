import Foundation
import Yams

/// The image catalogue (`Resources/images.yaml`), read and checked: every entry's fields, answers and facts.
struct ImageFile {
    /// One checked entry, with the line it starts at.
    struct Entry {
        let name: String
        let match: [String]
        let kind: String
        /// Each question the image answers, with the answers that fit it (the first is assumed), in file order.
        let answers: [(question: String, words: [String])]
        let dataPath: String?
        let ports: [Int]
        let user: Int?
        let root: Bool
        let unprivileged: String?
        /// Nil when the catalogue does not know every directory the image writes.
        let writable: [String]?
        let api: Bool
        let portName: String?
        let dataEnv: String?
        let env: [(name: String, value: String)]
        /// The probe as Swift source (`.exec([...])`), when the image documents one.
        let probe: String?
        /// The startup probe as Swift source, when it is not `probe`.
        let startupProbe: String?
        let probeArgs: [String]
        let args: [String]
        let line: Int
    }

    /// The kinds an entry may have; `ImageKind` in PodDesign has the same raw values (a test checks).
    static let kinds = [
        "database", "queue", "cache", "log-shipper", "telemetry", "mesh-proxy", "database-proxy",
        "auth-proxy", "secrets-agent", "git-sync", "exporter", "config-reloader", "reverse-proxy",
    ]

    /// The questions and the words of their answers, as a design file writes them; PodDesign's `Question` agrees (a test checks).
    static let questions: [(String, [String])] = [
        ("lifecycle", ["same", "independent"]), ("coupling", ["tight", "loose"]), ("scaling", ["together", "independent"]),
        ("mainCodeChangeable", ["yes", "no"]), ("state", ["stateless", "stateful"]), ("timing", ["before-main", "alongside"]),
        ("function", ["extend", "transform-output", "proxy-outbound"]),
    ]

    /// Questions that are about the main application, not the image, so no entry may answer them.
    static let notTheImages: Set<String> = ["lifecycle", "coupling", "mainCodeChangeable"]

    static let fields: Set<String> = [
        "name", "match", "kind", "answers", "dataPath", "ports", "user", "probe", "root", "unprivileged", "writable", "api",
        "portName", "dataEnv", "env", "startupProbe", "probeArgs", "args",
    ]

    let entries: [Entry]
    let helperWords: [String]

    /// Reads and checks the file; the first problem throws a `GeneratorError` naming its line.
    init(file: URL) throws {
        let yaml = try SourceFile.text(of: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            throw GeneratorError(file, line: context.mark.line, "the key '\(duplicates.first ?? "")' is written twice")
        } catch {
            throw GeneratorError(file, line: Self.line(of: error), "not valid YAML: \(Self.firstLine(of: error))")
        }
        func fail(_ node: Node?, _ message: String) -> GeneratorError { GeneratorError(file, line: node?.mark?.line, message) }
        guard let root, let top = root.mapping else { throw fail(root, "must be a mapping with 'images' and 'helperWords'") }
        for key in top.keys where !["images", "helperWords"].contains(key.scalar?.string ?? "") {
            throw fail(key, "unknown field '\(key.scalar?.string ?? "?")' (allowed: images, helperWords)")
        }
        guard let list = top["images"], let items = list.sequence else { throw fail(root, "'images' must be a list of entries") }
        var entries: [Entry] = []
        var seen: [String: Int] = [:]
        for item in items {
            let entry = try Self.entry(item, fail)
            for pattern in Set([entry.name] + entry.match).sorted() {
                if let line = seen[pattern] { throw fail(item, "'\(pattern)' is already an entry or a match at line \(line)") }
                seen[pattern] = entry.line
            }
            entries.append(entry)
        }
        guard let words = top["helperWords"]?.sequence else { throw fail(root, "'helperWords' must be a list of words") }
        helperWords = try words.map { node in
            guard let word = Self.string(node), !word.isEmpty, word == word.lowercased() else { throw fail(node, "a helper word must be a lowercase word") }
            return word
        }
        self.entries = entries
    }

    /// One entry of `images`.
    static func entry(_ node: Node, _ fail: (Node?, String) -> GeneratorError) throws -> Entry {
        guard let mapping = node.mapping else { throw fail(node, "an entry must be a mapping with name and kind") }
        for key in mapping.keys where !fields.contains(key.scalar?.string ?? "") {
            throw fail(key, "unknown field '\(key.scalar?.string ?? "?")' (allowed: \(fields.sorted().joined(separator: ", ")))")
        }
        guard let nameNode = mapping["name"], let name = string(nameNode), isRepository(name) else {
            throw fail(mapping["name"] ?? node, "an entry needs a name: a lowercase repository name")
        }
        var match = [name]
        if let matchNode = mapping["match"] {
            guard let list = matchNode.sequence, !list.isEmpty else { throw fail(matchNode, "match must be a list of repository names") }
            match = try list.map { item in
                guard let pattern = string(item), isPattern(pattern) else {
                    throw fail(item, "'\(item.scalar?.string ?? "?")' is not a repository name, 'a/b', or '*suffix'")
                }
                return pattern
            }
        }
        guard let kindNode = mapping["kind"], let kind = string(kindNode), kinds.contains(kind) else {
            throw fail(mapping["kind"] ?? node, "\(name): kind must be one of \(kinds.joined(separator: ", "))")
        }
        var answers: [(question: String, words: [String])] = []
        if let answersNode = mapping["answers"] {
            guard let pairs = answersNode.mapping else { throw fail(answersNode, "\(name): answers must be a mapping of question to answer") }
            for (key, value) in pairs {
                let question = key.scalar?.string ?? "?"
                guard let allowed = questions.first(where: { $0.0 == question })?.1 else {
                    throw fail(key, "\(name): '\(question)' is not a question (allowed: \(questions.map(\.0).joined(separator: ", ")))")
                }
                guard !notTheImages.contains(question) else {
                    throw fail(key, "\(name): '\(question)' is about the main application, not the image")
                }
                let words = value.sequence.map { $0.compactMap { $0.scalar?.string } } ?? [value.scalar?.string].compactMap { $0 }
                guard !words.isEmpty, words.count == (value.sequence?.count ?? 1) else { throw fail(value, "\(name): \(question) needs an answer") }
                for word in words where !allowed.contains(word) {
                    throw fail(value, "\(name): '\(word)' is not an answer to \(question) (allowed: \(allowed.joined(separator: ", ")))")
                }
                answers.append((question, words))
            }
        }
        var dataPath: String?
        if let pathNode = mapping["dataPath"] {
            guard let path = string(pathNode), path.hasPrefix("/"), !path.contains(" ") else { throw fail(pathNode, "\(name): dataPath must be an absolute path") }
            dataPath = path
        }
        var ports: [Int] = []
        if let portsNode = mapping["ports"] {
            guard let list = portsNode.sequence, !list.isEmpty else { throw fail(portsNode, "\(name): ports must be a list of port numbers") }
            ports = try list.map { try port($0, name, fail) }
        }
        var user: Int?
        if let userNode = mapping["user"] {
            guard let value = userNode.int, (0...2_147_483_647).contains(value) else { throw fail(userNode, "\(name): user must be a numeric user id") }
            user = value
        }
        let root = try mapping["root"].map { try flag($0, "\(name): root must be true or false", fail) } ?? false
        if root, let userNode = mapping["user"] {
            throw fail(userNode, "\(name): an image that must start as root runs as no other user: leave user out")
        }
        var unprivileged: String?
        if let variantNode = mapping["unprivileged"] {
            guard let variant = string(variantNode), !variant.hasPrefix("*"), isPattern(variant) else {
                throw fail(variantNode, "\(name): unprivileged must be the repository of a variant that runs as non-root ('a/b' or a name)")
            }
            guard root else { throw fail(variantNode, "\(name): unprivileged names the variant of an image that must start as root: add root: true") }
            unprivileged = variant
        }
        let writable = try mapping["writable"].map { try paths($0, name, fail) }
        if let dataPath, let writableNode = mapping["writable"], writable?.contains(dataPath) == true {
            throw fail(writableNode, "\(name): writable lists the directories besides the data path, not \(dataPath)")
        }
        let api = try mapping["api"].map { try flag($0, "\(name): api must be true or false", fail) } ?? false
        var portName: String?
        if let portNameNode = mapping["portName"] {
            guard let value = string(portNameNode), isPortName(value) else {
                throw fail(portNameNode, "\(name): portName '\(portNameNode.scalar?.string ?? "?")' is not a port name: at most 15 lowercase "
                    + "letters, digits and '-', with a letter, no '-' at either end or twice in a row")
            }
            portName = value
        }
        var dataEnv: String?
        if let dataEnvNode = mapping["dataEnv"] {
            guard let variable = string(dataEnvNode), isVariableName(variable) else {
                throw fail(dataEnvNode, "\(name): dataEnv must be an environment variable name (letters, digits and '_', not starting with a digit)")
            }
            guard dataPath != nil else { throw fail(dataEnvNode, "\(name): dataEnv names a subdirectory of the data path: add dataPath") }
            dataEnv = variable
        }
        let env = try mapping["env"].map { try variables($0, name, fail) } ?? []
        let probe = try mapping["probe"].map { try self.probe($0, name, field: "probe", fail) }
        let startupProbe = try mapping["startupProbe"].map { try self.probe($0, name, field: "startupProbe", fail) }
        if let startupNode = mapping["startupProbe"], probe == nil {
            throw fail(startupNode, "\(name): startupProbe is written where it is not probe: add probe")
        }
        var probeArgs: [String] = []
        if let argsNode = mapping["probeArgs"] {
            let shape = "\(name): probeArgs must be a list of flags, each starting with '-'"
            guard let list = argsNode.sequence, !list.isEmpty else { throw fail(argsNode, shape) }
            probeArgs = try list.map { item in
                guard let flag = string(item), flag.hasPrefix("-"), flag.count > 1, !flag.contains(" ") else { throw fail(item, shape) }
                return flag
            }
            guard probe != nil else { throw fail(argsNode, "\(name): probeArgs are the flags its probe needs: add probe") }
        }
        var args: [String] = []
        if let argsNode = mapping["args"] {
            let shape = "\(name): args must be a list of arguments, none empty"
            guard let list = argsNode.sequence, !list.isEmpty else { throw fail(argsNode, shape) }
            args = try list.map { item in
                guard let argument = string(item), !argument.isEmpty else { throw fail(item, shape) }
                return argument
            }
        }
        return Entry(name: name, match: match, kind: kind, answers: answers, dataPath: dataPath, ports: ports, user: user, root: root,
                     unprivileged: unprivileged, writable: writable, api: api, portName: portName, dataEnv: dataEnv, env: env,
                     probe: probe, startupProbe: startupProbe, probeArgs: probeArgs, args: args, line: node.mark?.line ?? 0)
    }

    /// A boolean, `true` or `false`.
    static func flag(_ node: Node, _ message: String, _ fail: (Node?, String) -> GeneratorError) throws -> Bool {
        guard node.tag.description == Tag.Name.bool.rawValue, let value = node.bool else { throw fail(node, message) }
        return value
    }

    /// `writable`: a list of absolute directory paths, each once (`[]` says the image writes nowhere else).
    static func paths(_ node: Node, _ name: String, _ fail: (Node?, String) -> GeneratorError) throws -> [String] {
        let shape = "\(name): writable must be a list of absolute directory paths ([] when it writes nowhere else)"
        guard let list = node.sequence else { throw fail(node, shape) }
        var seen: Set<String> = []
        return try list.map { item in
            guard let path = string(item), path.count > 1, path.hasPrefix("/"), !path.hasSuffix("/"), !path.contains(" "),
                  !path.contains("//") else { throw fail(item, shape) }
            guard seen.insert(path).inserted else { throw fail(item, "\(name): writable lists '\(path)' twice") }
            return path
        }
    }

    /// `env`: a mapping of variable names to text values, in file order.
    static func variables(_ node: Node, _ name: String, _ fail: (Node?, String) -> GeneratorError) throws -> [(name: String, value: String)] {
        guard let pairs = node.mapping, !pairs.isEmpty else { throw fail(node, "\(name): env must be a mapping of variable names to text values") }
        return try pairs.map { key, value in
            guard let variable = string(key), isVariableName(variable) else {
                throw fail(key, "\(name): '\(key.scalar?.string ?? "?")' is not an environment variable name (letters, digits and '_', not starting with a digit)")
            }
            guard let text = string(value) else { throw fail(value, "\(name): the value of \(variable) must be text (quote it)") }
            return (variable, text)
        }
    }

    /// A Kubernetes port name (IANA_SVC_NAME): at most 15 lowercase letters, digits and '-', with at least one letter,
    /// and no '-' at either end or twice in a row.
    static func isPortName(_ text: String) -> Bool {
        (1...15).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
            && text.contains { $0.isLetter } && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
    }

    /// An environment variable name as a shell writes one: letters, digits and '_', not starting with a digit.
    static func isVariableName(_ text: String) -> Bool {
        guard let first = text.first, !first.isNumber else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// A probe, `{exec: [...]}`, `{http: /path, port: N}` or `{tcp: N}`, as Swift source; `field` is its key (probe, startupProbe).
    static func probe(_ node: Node, _ name: String, field: String, _ fail: (Node?, String) -> GeneratorError) throws -> String {
        let shape = "\(name): \(field) must be {exec: [command, ...]}, {http: /path, port: N} or {tcp: N}"
        guard let mapping = node.mapping else { throw fail(node, shape) }
        let keys = Set(mapping.keys.compactMap { $0.scalar?.string })
        if keys == ["exec"], let list = mapping["exec"]?.sequence, !list.isEmpty {
            let words = try list.map { item in
                guard let word = string(item), !word.isEmpty else { throw fail(item, shape) }
                return SourceFile.literal(word)
            }
            return ".exec([\(words.joined(separator: ", "))])"
        }
        if keys == ["http", "port"], let pathNode = mapping["http"], let path = string(pathNode), path.hasPrefix("/"), let portNode = mapping["port"] {
            return ".http(path: \(SourceFile.literal(path)), port: \(try port(portNode, name, fail)))"
        }
        if keys == ["tcp"], let portNode = mapping["tcp"] {
            return ".tcp(port: \(try port(portNode, name, fail)))"
        }
        throw fail(node, shape)
    }

    static func port(_ node: Node, _ name: String, _ fail: (Node?, String) -> GeneratorError) throws -> Int {
        guard let value = node.int, (1...65535).contains(value) else { throw fail(node, "\(name): a port must be a number from 1 to 65535") }
        return value
    }

    /// A plain or quoted string scalar (not a number or a boolean).
    static func string(_ node: Node) -> String? {
        guard let scalar = node.scalar, node.tag.description == Tag.Name.str.rawValue else { return nil }
        return scalar.string
    }

    /// A lowercase repository name: letters, digits, `.`, `-` and `_`.
    static func isRepository(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "._-".contains($0)) }
    }

    /// A repository name, `a/b` (the last path parts), or `*suffix`.
    static func isPattern(_ pattern: String) -> Bool {
        if pattern.hasPrefix("*") { return isRepository(String(pattern.dropFirst())) }
        return pattern.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { isRepository(String($0)) }
    }

    private static func line(of error: Error) -> Int? {
        switch error as? YamlError {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): mark.line
        default: nil
        }
    }

    private static func firstLine(of error: Error) -> String {
        switch error as? YamlError {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): problem
        default: "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }
}
