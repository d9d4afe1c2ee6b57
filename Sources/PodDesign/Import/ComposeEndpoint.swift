/// A host and port that a service's configuration names: `db:5432` in a value, or `DB_HOST=db` with `DB_PORT=5432`.
struct ComposeEndpoint: Hashable, Sendable {
    /// The host, lowercased.
    var host: String
    var port: Int
    /// Where it is written: the variable (`NAME=value`), or the word of the command line.
    var written: Located<String>

    /// Whether the host is this machine (`localhost`, `127.0.0.1`): a container reaches it only in its own pod.
    var isLoopback: Bool { host == "localhost" || host == "127.0.0.1" }

    /// Whether it is written in a variable whose name says it is an address for browsers or other sites, not one the
    /// service connects to (`SUPABASE_PUBLIC_URL`, `API_EXTERNAL_URL`, `CORS_ORIGINS`, `TAIGA_SITES_DOMAIN`).
    var isForBrowsers: Bool {
        guard let equals = written.value.firstIndex(of: "=") else { return false }
        let name = written.value[..<equals].uppercased()
        return Self.browserWords.contains { name.contains($0) }
    }

    /// Parts of variable names that mark an address for browsers or other sites.
    static let browserWords = ["PUBLIC", "EXTERNAL", "SITE", "ORIGIN", "CORS", "REDIRECT", "CALLBACK", "DOMAIN", "HOSTNAME", "HOST_NAME"]
}
