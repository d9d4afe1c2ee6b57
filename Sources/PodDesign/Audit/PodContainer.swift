/// A container as an existing manifest declares it, with where it is written.
public struct PodContainer: Hashable, Sendable {
    public var name: String
    public var image: String
    public var kind: ContainerKind
    public var ports: [Port]
    /// Names of the volumes it mounts.
    public var volumes: [String]
    /// Whether its command, arguments or environment mention localhost or 127.0.0.1.
    public var mentionsLocalhost: Bool
    public var location: SourceLocation

    public init(
        name: String, image: String, kind: ContainerKind, ports: [Port] = [], volumes: [String] = [],
        mentionsLocalhost: Bool = false, location: SourceLocation = .start
    ) {
        self.name = name
        self.image = image
        self.kind = kind
        self.ports = ports
        self.volumes = volumes
        self.mentionsLocalhost = mentionsLocalhost
        self.location = location
    }

    /// The image's repository name: the last path part, without registry, tag or digest (`docker.io/library/postgres:16` → `postgres`).
    public var repositoryName: String { ImageFamilies.repositoryName(of: image) }
}
