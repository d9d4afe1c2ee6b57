/// Text from an input file made safe to print on a terminal: control characters written as visible escapes.
public enum TerminalSafe {
    /// The text with every control character (C0, DEL, C1), line or paragraph separator and bidirectional
    /// formatting character written as an escape (`\n`, `\t`, `\r`, else `\u{1B}`), so that a name read from a
    /// file cannot move the cursor, set the window title or forge a line. Text without them is returned as it is.
    public static func escapingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where isControl(scalar): out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a terminal would act on the character rather than show it (or show text out of its order).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
