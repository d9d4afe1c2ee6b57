/// The Kubernetes rules for names, port names and paths that a design file must follow.
public enum NameRules {
    /// A DNS-1123 label: lowercase letters, digits and `-`, alphanumeric at both ends, 1 to 63 characters.
    public static func isDNSLabel(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        guard (1...63).contains(bytes.count), isLowerAlnum(bytes.first!), isLowerAlnum(bytes.last!) else { return false }
        return bytes.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// An IANA service name, as container port names must be: at most 15 characters,
    /// lowercase letters, digits and `-`, at least one letter, no `--`, no `-` at either end.
    public static func isPortName(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        guard (1...15).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-"),
              !s.contains("--"), bytes.contains(where: isLowerLetter)
        else { return false }
        return bytes.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// An absolute mount path other than `/` itself, without `..` segments or `:`.
    public static func isMountPath(_ s: String) -> Bool {
        s.hasPrefix("/") && s.contains(where: { $0 != "/" }) && s.count <= 4096 && !s.contains(":")
            && !s.split(separator: "/").contains("..") && unprintable(in: s) == nil
    }

    /// An image reference podwright can write: non-empty, printable, without spaces.
    public static func isImage(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 512 && !s.unicodeScalars.contains { $0 == " " } && unprintable(in: s) == nil
    }

    /// An environment variable name Kubernetes takes on every supported target: letters, digits, `_`, `-` and `.`,
    /// not starting with a digit, at most 256 characters.
    public static func isEnvName(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        guard (1...256).contains(bytes.count), !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[0]) else { return false }
        return bytes.allSatisfy { isLowerAlnum($0) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || "_-.".utf8.contains($0) }
    }

    public static func isLowerLetter(_ b: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) }

    public static func isLowerAlnum(_ b: UInt8) -> Bool {
        isLowerLetter(b) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
    }
}
