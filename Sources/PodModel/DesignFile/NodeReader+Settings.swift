import Yams

extension NodeReader {
    /// A list of strings (`command`, `args`): every item is text as written (a number stays the digits written).
    func strings(_ node: Node, _ field: FieldPath) throws(DesignError) -> [String] {
        var strings: [String] = []
        for (index, item) in try list(node, field).enumerated() {
            strings.append(try text(item, field[index], lines: true))
        }
        return strings
    }

    /// Words YAML reads as booleans rather than text.
    static let booleanWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false"]

    /// An `env` mapping of variable names to text, in file order; a bare number or boolean is refused with a hint to quote it.
    func env(_ node: Node, _ field: FieldPath) throws(DesignError) -> [EnvVariable] {
        guard case let .mapping(mapping) = node else {
            throw error(node, field, .wrongType(found: Self.found(node), expected: .mapping))
        }
        var env: [EnvVariable] = []
        for (keyNode, value) in mapping {
            let name = try string(keyNode, field)
            guard NameRules.isEnvName(name) else { throw error(keyNode, field, .notEnvName(found: Self.clip(name))) }
            let here = field / name
            let scalar = try scalar(value, here, expected: .string)
            let text = scalar.string
            let number = Double(text) != nil && text.contains { $0.isASCII && $0.isNumber }
            if scalar.style == .plain, number || Self.booleanWords.contains(text.lowercased()) {
                throw error(value, here, .envNotText(name: name, found: Self.clip(scalar.string)))
            }
            try printable(text, value, here, lines: true)
            env.append(EnvVariable(name, scalar.string))
        }
        return env
    }

    /// A `secretEnv` list: variable names, each once.
    func secretNames(_ node: Node, _ field: FieldPath) throws(DesignError) -> [String] {
        var names: [String] = []
        for (index, item) in try list(node, field).enumerated() {
            let name = try string(item, field[index])
            guard NameRules.isEnvName(name) else { throw error(item, field[index], .notEnvName(found: Self.clip(name))) }
            guard !names.contains(name) else { throw error(item, field[index], .duplicateSecretEnv(found: Self.clip(name))) }
            names.append(name)
        }
        return names
    }

    /// A mount path (`dataPath`), absolute, a trailing slash dropped.
    func mountPath(_ node: Node, _ field: FieldPath) throws(DesignError) -> String {
        let path = try text(node, field)
        guard NameRules.isMountPath(path) else { throw error(node, field, .notPath(found: Self.clip(path))) }
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// Refuses a `secretEnv` name that `env` also sets, at the name in `secretEnv`.
    func checkSecrets(_ found: [(key: FieldKey, value: Node)], _ path: FieldPath) throws(DesignError) {
        guard let secrets = found.first(where: { $0.key == .secretEnv })?.value.sequence,
              let env = found.first(where: { $0.key == .env })?.value.mapping else { return }
        for (index, item) in secrets.enumerated() {
            guard let name = item.string, let key = env.keys.first(where: { $0.string == name }) else { continue }
            throw error(item, (path / .secretEnv)[index], .secretEnvInEnv(found: Self.clip(name), line: location(key).line))
        }
    }
}

extension NodeReader {
    /// A CPU or memory amount: a Kubernetes quantity (`250m`, `0.5`, `512Mi`), kept as written.
    func quantity(_ node: Node, _ field: FieldPath, memory: Bool) throws(DesignError) -> String {
        let text = try scalar(node, field, expected: .string).string
        if memory, ResourceQuantity.isMilliBytes(text) {
            throw error(node, field, .memoryInMillibytes(found: Self.clip(text)))
        }
        guard (memory ? ResourceQuantity.bytes(text) : ResourceQuantity.cores(text)) != nil else {
            throw error(node, field, memory ? .notMemory(found: Self.clip(text)) : .notCPU(found: Self.clip(text)))
        }
        return text
    }
}
