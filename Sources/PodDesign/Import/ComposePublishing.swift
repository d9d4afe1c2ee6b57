/// How a Compose service is reached from outside: ports of its own, ports published by the service whose network it
/// joins (`network_mode: service:X`), or the host's network (`network_mode: host`).
enum ComposePublishing: Hashable, Sendable {
    case ports
    case through(String)
    case host
}
