import Yams

/// Reads values out of YAML nodes strictly, turning every surprise into a `DesignError`.
public struct NodeReader {
    public let file: String
    /// Whether a version may be a plain number (`1.33`), as in the annotation podwright writes itself.
    public var plainVersions = false

    /// A reader of the file named `file` (as messages show it).
    public init(file: String, plainVersions: Bool = false) {
        self.file = file
        self.plainVersions = plainVersions
    }

    public func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return .start }
        return SourceLocation(line: mark.line, column: mark.column)
    }

    public func error(_ node: Node, _ field: FieldPath, _ problem: DesignProblem) -> DesignError {
        DesignError(file: file, location: location(node), field: field, problem: problem)
    }

    /// What was found, for messages.
    public static func found(_ node: Node) -> FoundValue {
        switch node {
        case .mapping: return .mapping
        case .sequence: return .list
        case let .scalar(scalar):
            if isNothing(node) { return .nothing }
            return .text(clip(scalar.string))
        case .alias: return .alias
        }
    }

    /// Whether the node is YAML's null written plainly (`found` is `.nothing`), without building the found text.
    static func isNothing(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Text cut to 40 characters and kept on one line (a character a design file may not hold shown as a space).
    public static func clip(_ text: String) -> String {
        let oneLine = NameRules.unprintable(in: text) == nil
            ? text : String(text.unicodeScalars.map { NameRules.unprintable(in: String($0)) != nil ? " " : Character($0) })
        return oneLine.count > 40 ? String(oneLine.prefix(39)) + "…" : oneLine
    }

    /// The fields of a mapping, in file order, after refusing unknown keys and reporting missing required ones.
    public func fields(
        _ node: Node, _ field: FieldPath, allowed: [FieldKey], required: [FieldKey]
    ) throws(DesignError) -> [(key: FieldKey, value: Node)] {
        guard case let .mapping(mapping) = node else {
            throw error(node, field, .wrongType(found: Self.found(node), expected: .mapping))
        }
        var result: [(key: FieldKey, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case let .scalar(scalar) = keyNode, let key = FieldKey(rawValue: scalar.string), allowed.contains(key) else {
                let found = keyNode.scalar.map { Self.clip($0.string) } ?? "?"
                let words = allowed.map(\.rawValue)
                throw error(keyNode, field, .unknownField(
                    found: found, suggestion: NearestWord.find(found, in: words), allowed: words
                ))
            }
            result.append((key, value))
        }
        for key in required where !result.contains(where: { $0.key == key }) {
            throw error(node, field, .missingField(name: key.rawValue))
        }
        return result
    }

    public func scalar(_ node: Node, _ field: FieldPath, expected: DesignProblem.Expected) throws(DesignError) -> Node.Scalar {
        guard case let .scalar(scalar) = node, !Self.isNothing(node) else {
            throw error(node, field, .wrongType(found: Self.found(node), expected: expected))
        }
        return scalar
    }

    public func string(_ node: Node, _ field: FieldPath) throws(DesignError) -> String {
        try scalar(node, field, expected: .string).string
    }

    /// Free text (`upstream`, an `args` item, an `env` value): refused when it holds a control character or a
    /// non-character (`NameRules.unprintable`); `lines` allows tabs and line breaks.
    public func text(_ node: Node, _ field: FieldPath, lines: Bool = false) throws(DesignError) -> String {
        let text = try string(node, field)
        try printable(text, node, field, lines: lines)
        return text
    }

    /// Refuses text with a character a design file may not hold, at its node.
    public func printable(_ text: String, _ node: Node, _ field: FieldPath, lines: Bool = false) throws(DesignError) {
        if let scalar = NameRules.unprintable(in: text, lines: lines) {
            throw error(node, field, .unprintable(code: NameRules.code(scalar), lines: lines))
        }
    }

    /// One of an enumeration's words, exactly as written in the design file format.
    public func word<Word: RawRepresentable & CaseIterable>(
        _ node: Node, _ field: FieldPath, as _: Word.Type
    ) throws(DesignError) -> Word where Word.RawValue == String {
        let text = try string(node, field)
        if let value = Word(rawValue: text) { return value }
        let allowed = Word.allCases.map(\.rawValue)
        throw error(node, field, .badWord(
            found: Self.clip(text), suggestion: NearestWord.find(text, in: allowed), allowed: allowed
        ))
    }

    public func integer(_ node: Node, _ field: FieldPath, in range: ClosedRange<Int>) throws(DesignError) -> Int {
        let scalar = try scalar(node, field, expected: .integer)
        let text = scalar.string
        let digits = text.hasPrefix("-") ? text.utf8.dropFirst() : text.utf8[...]
        guard scalar.style == .plain, !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            throw error(node, field, .wrongType(found: Self.found(node), expected: .integer))
        }
        // A whole number, negative or too long for any range here, is out of the range rather than not a number.
        guard digits.count <= 18, let value = Int(text), range.contains(value) else {
            throw error(node, field, .outOfRange(found: Self.clip(text), min: range.lowerBound, max: range.upperBound))
        }
        return value
    }

    /// An answer to `question`, in the design file's words (`yes`, `no`, `true` or `false`, in any case, for the yes/no question).
    public func answer(_ node: Node, _ field: FieldPath, to question: Question) throws(DesignError) -> Answer {
        let text = try scalar(node, field, expected: question == .mainCodeChangeable ? .boolean : .string).string
        if question == .mainCodeChangeable {
            switch text.lowercased() {
            case "yes", "true": return .mainCodeChangeable(true)
            case "no", "false": return .mainCodeChangeable(false)
            default:
                let allowed = question.choices.map(\.word)
                throw error(node, field, .badWord(
                    found: Self.clip(text), suggestion: NearestWord.find(text, in: allowed + ["true", "false"]), allowed: allowed
                ))
            }
        }
        if let answer = Answer(question, word: text) { return answer }
        let allowed = question.choices.map(\.word)
        throw error(node, field, .badWord(found: Self.clip(text), suggestion: NearestWord.find(text, in: allowed), allowed: allowed))
    }

    public func list(_ node: Node, _ field: FieldPath) throws(DesignError) -> [Node] {
        guard case let .sequence(sequence) = node else {
            throw error(node, field, .wrongType(found: Self.found(node), expected: .list))
        }
        return Array(sequence)
    }

    /// A DNS-1123 label; `startsWithLetter` adds the rule for names that become Service names.
    public func name(_ node: Node, _ field: FieldPath, startsWithLetter: Bool) throws(DesignError) -> String {
        let text = try string(node, field)
        guard NameRules.isDNSLabel(text) else { throw error(node, field, .notDNSLabel(found: Self.clip(text))) }
        if startsWithLetter, !NameRules.isLowerLetter(text.utf8.first!) {
            throw error(node, field, .mustStartWithLetter(found: text))
        }
        return text
    }

    public func image(_ node: Node, _ field: FieldPath) throws(DesignError) -> String {
        let text = try self.text(node, field)
        guard NameRules.isImage(text) else { throw error(node, field, .notImage(found: Self.clip(text))) }
        return text
    }

    /// A list of mount paths, each absolute and written once (a trailing slash is dropped).
    public func paths(_ node: Node, _ field: FieldPath) throws(DesignError) -> [String] {
        var paths: [String] = []
        for (index, item) in try list(node, field).enumerated() {
            let path = try text(item, field[index])
            guard NameRules.isMountPath(path) else {
                throw error(item, field[index], .notPath(found: Self.clip(path)))
            }
            let normal = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
            guard !paths.contains(normal) else {
                throw error(item, field[index], .duplicatePath(found: Self.clip(path)))
            }
            paths.append(normal)
        }
        return paths
    }

    /// A Kubernetes version string; a YAML number is refused with a hint to quote it.
    public func version(_ node: Node, _ field: FieldPath) throws(DesignError) -> KubernetesVersion {
        let scalar = try scalar(node, field, expected: .string)
        let text = scalar.string
        if !plainVersions, scalar.style == .plain, Double(text) != nil {
            throw error(node, field, .kubernetesNumber(found: Self.clip(text)))
        }
        guard let version = KubernetesVersion(text) else {
            throw error(node, field, .unsupportedKubernetes(found: Self.clip(text)))
        }
        return version
    }
}
