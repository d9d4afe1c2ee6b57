/// The texts shown to users, in every language, filled with named values.
public struct Catalog: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The text for a key with each `{name}` replaced by its value (in one pass, so values are never rescanned).
    public func text(_ key: TextKey, _ values: [String: String] = [:]) -> String {
        let table = language == .ko ? Catalog.korean : Catalog.english
        let template = table[key] ?? Catalog.english[key] ?? key.rawValue
        // The braces are found in the bytes: no text of the catalog has a mark joined to a brace.
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        guard template.utf8.contains(open) else { return template }
        var out = ""
        var rest = Substring(template)
        while let opening = rest.utf8.firstIndex(of: open) {
            out += rest[..<opening]
            let after = rest[rest.utf8.index(after: opening)...]
            if let closing = after.utf8.firstIndex(of: close), let value = values[String(after[..<closing])] {
                out += value
                rest = after[after.utf8.index(after: closing)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

    /// Shorthand for `text(key, values)`.
    public subscript(_ key: TextKey, _ values: [String: String] = [:]) -> String {
        text(key, values)
    }
}
