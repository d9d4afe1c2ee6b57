import PodModel

/// A sign in a Compose file that two services belong in one pod, and where it is written.
enum PodEvidence: Hashable, Sendable {
    /// `network_mode: service:owner`, written in the joiner.
    case networkMode(joiner: String, owner: String, at: SourceLocation)
    /// `volumes_from: owner`, written in the mounter.
    case volumesFrom(mounter: String, owner: String, at: SourceLocation)
    /// One volume (or host path) mounted by both: each one's mount, by service name.
    case sharedVolume(volume: String, mounts: [String: ComposeMount])
    /// `localhost` at a port of the target in the dialer's environment or command line.
    case localhost(dialer: String, target: String, port: Int, variable: Located<String>)

    /// The two services it ties.
    var services: [String] {
        switch self {
        case let .networkMode(joiner, owner, _): [joiner, owner]
        case let .volumesFrom(mounter, owner, _): [mounter, owner]
        case let .sharedVolume(_, mounts): mounts.keys.sorted()
        case let .localhost(dialer, target, _, _): [dialer, target]
        }
    }

    /// Whether it ties these two services.
    func ties(_ one: String, _ other: String) -> Bool {
        Set(services) == [one, other]
    }
}
