/// The learner's name and language, read from the SSH user name: `kim` (the server's language) or `kim.ko` / `kim.en`.
public struct LoginName: Sendable, Hashable {
    /// The name the teacher's screen and the result line show.
    public var name: String
    /// `en` or `ko`.
    public var language: String

    public init(name: String, language: String) {
        self.name = name
        self.language = language
    }

    /// The languages a suffix may choose.
    public static let languages = ["en", "ko"]

    /// Reads a user name: letters of any script, digits, `-` and `_`, 1 to 32 of them, then optionally `.en` or
    /// `.ko` (without one, `language`); nil for anything else (the login is refused).
    public static func parse(_ user: String, language defaultLanguage: String = "en") -> LoginName? {
        var name = Substring(user)
        var language = defaultLanguage
        if let dot = user.lastIndex(of: ".") {
            let suffix = String(user[user.index(after: dot)...])
            guard languages.contains(suffix) else { return nil }
            language = suffix
            name = user[..<dot]
        }
        guard (1...32).contains(name.count),
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
              name.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control }) else { return nil }
        return LoginName(name: String(name), language: language)
    }
}
