import Yams

/// Reads values out of YAML nodes strictly, turning every surprise into a `DesignError`.
struct NodeReader {
    let file: String

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return .start }
        return SourceLocation(line: mark.line, column: mark.column)
    }

    func error(_ node: Node, _ field: String, _ problem: DesignProblem) -> DesignError {
        DesignError(file: file, location: location(node), field: field, problem: problem)
    }

    /// What was found, for messages.
    static func found(_ node: Node) -> FoundValue {
        switch node {
        case .mapping: return .mapping
        case .sequence: return .list
        case let .scalar(scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .nothing }
            return .text(clip(scalar.string))
        case .alias: return .alias
        }
    }

    /// Text cut to 40 characters and kept on one line.
    static func clip(_ text: String) -> String {
        let oneLine = String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : Character($0) })
        return oneLine.count > 40 ? String(oneLine.prefix(39)) + "…" : oneLine
    }

    /// The fields of a mapping, in file order, after refusing unknown keys and reporting missing required ones.
    func fields(
        _ node: Node, _ field: String, allowed: [String], required: [String]
    ) throws(DesignError) -> [(key: String, value: Node)] {
        guard case let .mapping(mapping) = node else {
            throw error(node, field, .wrongType(found: Self.found(node), expected: .mapping))
        }
        var result: [(key: String, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case let .scalar(key) = keyNode, allowed.contains(key.string) else {
                let found = keyNode.scalar.map { Self.clip($0.string) } ?? "?"
                throw error(keyNode, field, .unknownField(
                    found: found, suggestion: NearestWord.find(found, in: allowed), allowed: allowed
                ))
            }
            result.append((key.string, value))
        }
        for name in required where !result.contains(where: { $0.key == name }) {
            throw error(node, field, .missingField(name: name))
        }
        return result
    }

    func scalar(_ node: Node, _ field: String, expected: DesignProblem.Expected) throws(DesignError) -> Node.Scalar {
        guard case let .scalar(scalar) = node, Self.found(node) != .nothing else {
            throw error(node, field, .wrongType(found: Self.found(node), expected: expected))
        }
        return scalar
    }

    func string(_ node: Node, _ field: String) throws(DesignError) -> String {
        try scalar(node, field, expected: .string).string
    }

    /// One of an enumeration's words, exactly as written in the design file format.
    func word<Word: RawRepresentable & CaseIterable>(
        _ node: Node, _ field: String, as _: Word.Type
    ) throws(DesignError) -> Word where Word.RawValue == String {
        let text = try string(node, field)
        if let value = Word(rawValue: text) { return value }
        let allowed = Word.allCases.map(\.rawValue)
        throw error(node, field, .badWord(
            found: Self.clip(text), suggestion: NearestWord.find(text, in: allowed), allowed: allowed
        ))
    }

    func integer(_ node: Node, _ field: String, in range: ClosedRange<Int>) throws(DesignError) -> Int {
        let scalar = try scalar(node, field, expected: .integer)
        let text = scalar.string
        guard scalar.style == .plain, !text.isEmpty, text.count <= 18,
              text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let value = Int(text)
        else {
            throw error(node, field, .wrongType(found: Self.found(node), expected: .integer))
        }
        guard range.contains(value) else {
            throw error(node, field, .outOfRange(found: text, min: range.lowerBound, max: range.upperBound))
        }
        return value
    }

    /// `yes`, `no`, `true` or `false`, in any case.
    func boolean(_ node: Node, _ field: String) throws(DesignError) -> Bool {
        let text = try scalar(node, field, expected: .boolean).string
        switch text.lowercased() {
        case "yes", "true": return true
        case "no", "false": return false
        default:
            let allowed = ["yes", "no"]
            throw error(node, field, .badWord(
                found: Self.clip(text), suggestion: NearestWord.find(text, in: allowed + ["true", "false"]),
                allowed: allowed
            ))
        }
    }

    func list(_ node: Node, _ field: String) throws(DesignError) -> [Node] {
        guard case let .sequence(sequence) = node else {
            throw error(node, field, .wrongType(found: Self.found(node), expected: .list))
        }
        return Array(sequence)
    }

    /// A DNS-1123 label; `startsWithLetter` adds the rule for names that become Service names.
    func name(_ node: Node, _ field: String, startsWithLetter: Bool) throws(DesignError) -> String {
        let text = try string(node, field)
        guard NameRules.isDNSLabel(text) else { throw error(node, field, .notDNSLabel(found: Self.clip(text))) }
        if startsWithLetter, !NameRules.isLowerLetter(text.utf8.first!) {
            throw error(node, field, .mustStartWithLetter(found: text))
        }
        return text
    }

    func image(_ node: Node, _ field: String) throws(DesignError) -> String {
        let text = try string(node, field)
        guard NameRules.isImage(text) else { throw error(node, field, .notImage(found: Self.clip(text))) }
        return text
    }

    /// A list of ports: numbers, or mappings with `port`, `name` and `protocol`.
    func ports(_ node: Node, _ field: String) throws(DesignError) -> [Port] {
        var ports: [Port] = []
        for (index, item) in try list(node, field).enumerated() {
            let here = "\(field)[\(index)]"
            var port: Port
            if case .mapping = item {
                let fields = try fields(item, here, allowed: ["port", "name", "protocol"], required: ["port"])
                port = Port(number: 0, location: location(item))
                for (key, value) in fields {
                    switch key {
                    case "port": port.number = try integer(value, "\(here).port", in: 1...65535)
                    case "name":
                        let name = try string(value, "\(here).name")
                        guard NameRules.isPortName(name) else {
                            throw error(value, "\(here).name", .notPortName(found: Self.clip(name)))
                        }
                        if ports.contains(where: { $0.name == name }) {
                            throw error(value, "\(here).name", .duplicatePortName(found: name))
                        }
                        port.name = name
                    default: port.proto = try word(value, "\(here).protocol", as: PortProtocol.self)
                    }
                }
            } else if case .scalar = item {
                port = Port(number: try integer(item, here, in: 1...65535), location: location(item))
            } else {
                throw error(item, here, .wrongType(found: Self.found(item), expected: .port))
            }
            ports.append(port)
        }
        return ports
    }
}
