/// Writes YAML documents as block-style text: two-space indents, comments kept, non-ASCII text left readable.
public enum YAMLWriter {
    /// The documents as one stream, separated by `---`, ending in a newline.
    public static func write(_ documents: [YAMLDocument]) -> String {
        var out = ""
        for (index, document) in documents.enumerated() {
            if index > 0 { out += "---\n" }
            for comment in document.comments { out += comment.isEmpty ? "#\n" : "# \(oneLine(comment))\n" }
            write(document.root, indent: 0, into: &out)
        }
        return out
    }

    static func write(_ node: YAMLNode, indent: Int, into out: inout String) {
        switch node {
        case let .mapping(entries):
            for entry in entries { write(entry, indent: indent, into: &out) }
        case let .sequence(items):
            for item in items { writeItem(item, indent: indent, into: &out) }
        default:
            out += String(repeating: " ", count: indent) + scalar(node) + "\n"
        }
    }

    static func write(_ entry: YAMLEntry, indent: Int, into out: inout String) {
        let comment = entry.comment.map { "  # \(oneLine($0))" } ?? ""
        out += String(repeating: " ", count: indent) + scalar(.string(entry.key)) + ":"
        switch entry.value {
        case let .mapping(entries) where !entries.isEmpty:
            out += comment + "\n"
            write(entry.value, indent: indent + 2, into: &out)
        case let .sequence(items) where !items.isEmpty:
            out += comment + "\n"
            write(entry.value, indent: indent + 2, into: &out)
        default:
            out += " " + scalar(entry.value) + comment + "\n"
        }
    }

    /// A sequence item: `- ` then the item, whose first line shares the dash's line.
    static func writeItem(_ item: YAMLNode, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch item {
        case let .mapping(entries) where !entries.isEmpty:
            var body = ""
            write(item, indent: indent + 2, into: &body)
            out += pad + "- " + body.dropFirst(indent + 2)
        case let .sequence(items) where !items.isEmpty:
            out += pad + "-\n"
            write(item, indent: indent + 2, into: &out)
        default:
            out += pad + "- " + scalar(item) + "\n"
        }
    }

    /// A scalar (or empty collection) on one line, quoted only where plain text would read differently.
    static func scalar(_ node: YAMLNode) -> String {
        switch node {
        case let .string(text): return isPlainSafe(text) ? text : quoted(text)
        case let .int(value): return String(value)
        case let .bool(value): return value ? "true" : "false"
        case .mapping: return "{}"
        case .sequence: return "[]"
        }
    }

    static let reservedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"]

    /// Whether the text can stand unquoted and still read back as the same string under YAML 1.1 and 1.2.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIIAlphanumeric || first == "/" else { return false }
        if ("0"..."9").contains(first) || reservedWords.contains(text.lowercased()) || text.hasSuffix(":") {
            return false
        }
        return text.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || "._/:@+=,-".unicodeScalars.contains($0) }
    }

    /// Double-quoted text: only `"`, `\` and control characters are escaped, so Korean stays readable.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{FEFF}" {
                    let hex = String(scalar.value, radix: 16)
                    out += scalar.value > 0xFF ? "\\u" + hex.leftPadded(to: 4) : "\\x" + hex.leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Comment text kept on one line.
    static func oneLine(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" ? " " : Character($0) })
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
