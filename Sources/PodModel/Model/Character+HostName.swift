extension Character {
    /// Whether the character can be part of a host name as configuration writes one: ASCII letters and digits,
    /// `-`, `_` and `.` (so `localhost` in `mylocalhost.example.com` is not a whole name).
    public var isHostNameCharacter: Bool {
        isASCII && (isLetter || isNumber || self == "-" || self == "_" || self == ".")
    }
}
