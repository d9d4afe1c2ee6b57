extension ContainerSettings {
    /// Whether a variable's name says it holds a secret: it contains `PASSWORD`, `PASSWD`, `SECRET` or `TOKEN`, or
    /// ends in `_KEY` or `_PASS` (any case); never when it ends in `_FILE` (a path to the secret, as the official
    /// images read `POSTGRES_PASSWORD_FILE`) or `_ID` (a public identifier such as `AWS_ACCESS_KEY_ID`).
    public static func looksSecret(_ name: String) -> Bool {
        let name = name.uppercased()
        guard !name.hasSuffix("_FILE"), !name.hasSuffix("_ID") else { return false }
        return ["PASSWORD", "PASSWD", "SECRET", "TOKEN"].contains { name.contains($0) }
            || ["_KEY", "_PASS"].contains { name.hasSuffix($0) }
    }

    /// Where the passwords of the URLs in a text are (`s3cret` in `postgres://app:s3cret@db:5432/shop`): the part
    /// after the first `:` of a URL's user information, when it is not empty and not a reference that is filled in
    /// later (`$(DB_PASSWORD)`, `${DB_PASSWORD}`, `$DB_PASSWORD`).
    public static func urlPasswords(in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var rest = text[...]
        while let scheme = rest.range(of: "://") {
            let authority = text[scheme.upperBound...].prefix { !"/?#".contains($0) && !$0.isWhitespace }
            rest = text[authority.endIndex...]
            guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { continue }
            let password = authority.index(after: colon)..<at
            guard !password.isEmpty, text[password].first != "$" else { continue }
            found.append(password)
        }
        return found
    }

    /// The text with the password of each URL in it written as `***`, for notes and comments that quote it.
    public static func maskingPasswords(_ text: String) -> String {
        var masked = text
        for range in urlPasswords(in: text).reversed() { masked.replaceSubrange(range, with: "***") }
        return masked
    }

    /// Whether a variable holds a secret in plain text: its name looks secret and its value is written out (not
    /// empty, not a `$(NAME)` reference), or a URL in its value carries a password.
    public static func holdsPlainSecret(_ variable: EnvVariable) -> Bool {
        if looksSecret(variable.name), !variable.value.isEmpty, !variable.value.hasPrefix("$") { return true }
        return !urlPasswords(in: variable.value).isEmpty
    }

    /// The variables of `env` that hold a secret in plain text, in file order.
    public var plainSecrets: [String] { env.filter(Self.holdsPlainSecret).map(\.name) }
}
