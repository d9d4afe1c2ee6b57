extension NameRules {
    /// The first character a design file's text may not hold, or nil: a control character (C0, DEL, C1), a line
    /// or paragraph separator, or a Unicode non-character (U+FFFE, U+FFFF, U+FDD0 to U+FDEF, ...), which a strict
    /// YAML reader refuses and a terminal or Markdown acts on. `lines` allows a tab and a line feed (a script in
    /// `args`, a value in `env`).
    public static func unprintable(in s: String, lines: Bool = false) -> Unicode.Scalar? {
        s.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x09, 0x0A: !lines
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFDD0...0xFDEF: true
            default: scalar.value & 0xFFFE == 0xFFFE
            }
        }
    }

    /// The character as a message names it: `U+001B`.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
