/// Text from the input made safe to print on a terminal: control characters (C0, DEL, C1) and the bidirectional
/// overrides are written as escapes (`\n`, `\t`, `\r`, else `\u{1B}`), so a name cannot move the cursor, set the
/// window title, forge a line or reorder what follows. Everything else is kept as it is.
public enum TerminalSafe {
    /// Whether a scalar must be escaped.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The text with every unsafe scalar escaped (the same text, not copied, when it has none).
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                out.append(scalar)
                continue
            }
            let escape = switch scalar {
            case "\n": "\\n"
            case "\t": "\\t"
            case "\r": "\\r"
            default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            out.append(contentsOf: escape.unicodeScalars)
        }
        return String(out)
    }
}
