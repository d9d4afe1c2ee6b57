extension String {
    /// The text with every line break YAML reads (`\r\n`, and a `\r` alone, as old Mac files end lines) written as
    /// `\n`: a YAML parser numbers lines the same way before and after, and code that splits lines at `\n` then
    /// sees the lines the parser saw. The text itself when it holds no `\r` (no copy is made).
    public var withLineFeeds: String {
        guard utf8.contains(UInt8(ascii: "\r")) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var afterReturn = false
        for byte in utf8 {
            if byte == UInt8(ascii: "\r") {
                bytes.append(UInt8(ascii: "\n"))
                afterReturn = true
                continue
            }
            if !(afterReturn && byte == UInt8(ascii: "\n")) { bytes.append(byte) }
            afterReturn = false
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
