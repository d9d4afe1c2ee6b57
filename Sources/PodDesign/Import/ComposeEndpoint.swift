/// A host and port that a service's configuration names: `db:5432` in a value, or `DB_HOST=db` with `DB_PORT=5432`.
struct ComposeEndpoint: Hashable, Sendable {
    /// The host, lowercased.
    var host: String
    var port: Int
    /// Where it is written: the variable (`NAME=value`), or the word of the command line.
    var written: Located<String>

    /// Whether the host is this machine (`localhost`, `127.0.0.1`): a container reaches it only in its own pod.
    var isLoopback: Bool { host == "localhost" || host == "127.0.0.1" }
}
