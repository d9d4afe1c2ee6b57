/// Writes YAML documents as block-style text: two-space indents, comments kept, non-ASCII text left readable.
public enum YAMLWriter {
    /// The documents as one stream, separated by `---`, ending in a newline.
    public static func write(_ documents: [YAMLDocument]) -> String {
        // Written as UTF-8 bytes and made a String once: appending bytes costs less than appending Strings.
        var out: [UInt8] = []
        for (index, document) in documents.enumerated() {
            if index > 0 { out += "---\n".utf8 }
            for comment in document.comments {
                if comment.isEmpty {
                    out += "#\n".utf8
                } else {
                    out += "# ".utf8
                    out += oneLine(comment).utf8
                    out += "\n".utf8
                }
            }
            write(document.root, indent: 0, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func write(_ node: YAMLNode, indent: Int, into out: inout [UInt8]) {
        switch node {
        case let .mapping(entries):
            for entry in entries { write(entry, indent: indent, into: &out) }
        case let .sequence(items):
            for item in items { writeItem(item, indent: indent, into: &out) }
        default:
            out += repeatElement(UInt8(ascii: " "), count: indent)
            out += scalar(node).utf8
            out += "\n".utf8
        }
    }

    /// An entry; `indented: false` leaves out the indentation of its first line (a sequence item's dash takes it).
    static func write(_ entry: YAMLEntry, indent: Int, into out: inout [UInt8], indented: Bool = true) {
        if indented { out += repeatElement(UInt8(ascii: " "), count: indent) }
        out += scalar(.string(entry.key)).utf8
        out += ":".utf8
        switch entry.value {
        case let .mapping(entries) where !entries.isEmpty:
            comment(entry.comment, into: &out)
            write(entry.value, indent: indent + 2, into: &out)
        case let .sequence(items) where !items.isEmpty:
            comment(entry.comment, into: &out)
            write(entry.value, indent: indent + 2, into: &out)
        default:
            out += " ".utf8
            out += scalar(entry.value).utf8
            comment(entry.comment, into: &out)
        }
    }

    /// The end of an entry's line: its comment, if it has one, and the line break.
    private static func comment(_ comment: String?, into out: inout [UInt8]) {
        if let comment {
            out += "  # ".utf8
            out += oneLine(comment).utf8
        }
        out += "\n".utf8
    }

    /// A sequence item: `- ` then the item, whose first line shares the dash's line.
    static func writeItem(_ item: YAMLNode, indent: Int, into out: inout [UInt8]) {
        out += repeatElement(UInt8(ascii: " "), count: indent)
        switch item {
        case let .mapping(entries) where !entries.isEmpty:
            out += "- ".utf8
            for (index, entry) in entries.enumerated() {
                write(entry, indent: indent + 2, into: &out, indented: index > 0)
            }
        case let .sequence(items) where !items.isEmpty:
            out += "-\n".utf8
            write(item, indent: indent + 2, into: &out)
        default:
            out += "- ".utf8
            out += scalar(item).utf8
            out += "\n".utf8
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

    /// The length in bytes of the longest reserved word.
    static let longestReservedWord = reservedWords.map(\.utf8.count).max() ?? 0

    /// Whether the text can stand unquoted and still read back as the same string under YAML 1.1 and 1.2.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIIAlphanumeric || first == "/" else { return false }
        if ("0"..."9").contains(first) || text.hasSuffix(":") { return false }
        for byte in text.utf8 where !isPlainByte(byte) { return false }
        // Plain text is ASCII, which lowercasing keeps at its length: longer text is no reserved word.
        return text.utf8.count > longestReservedWord || !reservedWords.contains(text.lowercased())
    }

    /// Whether a byte of UTF-8 is an ASCII letter or digit or one of `._/:@+=,-` (what plain text may hold).
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "+"),
             UInt8(ascii: "="), UInt8(ascii: ","), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    /// Double-quoted text: only `"`, `\` and control characters are escaped, so Korean stays readable.
    static func quoted(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + text + "\""  // printable ASCII without `"` or `\`: nothing to escape
        }
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
                // YAML's printable set leaves out C0 but tab and breaks, DEL, C1 but NEL, U+FFFE and U+FFFF
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{FEFF}" || scalar.value & 0xFFFE == 0xFFFE {
                    let hex = String(scalar.value, radix: 16)
                    out += scalar.value > 0xFFFF ? "\\U" + hex.leftPadded(to: 8)
                        : scalar.value > 0xFF ? "\\u" + hex.leftPadded(to: 4) : "\\x" + hex.leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Comment text kept on one line and printable (a control character or non-character becomes a space).
    static func oneLine(_ text: String) -> String {
        func breaks(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
                || scalar.value & 0xFFFE == 0xFFFE
        }
        guard text.unicodeScalars.contains(where: breaks) else { return text }
        return String(text.unicodeScalars.map { breaks($0) ? " " : Character($0) })
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
