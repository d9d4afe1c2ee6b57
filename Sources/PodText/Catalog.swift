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
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                out += value
                rest = after[after.index(after: close)...]
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
