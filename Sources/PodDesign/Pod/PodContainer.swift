/// A container of a pod, as a manifest declares it or a decision places it, with where it is written.
public struct PodContainer: Hashable, Sendable {
    /// The container's name.
    public var name: String
    /// The image reference it runs.
    public var image: String
    /// Whether it is an init container, a native sidecar or a regular container.
    public var kind: ContainerKind
    /// The ports it listens on (an ambassador's localPort among them).
    public var ports: [Port]
    /// Names of the volumes it mounts.
    public var volumes: [String]
    /// Whether its command, arguments or environment mention localhost or 127.0.0.1 (a design has none of these).
    public var mentionsLocalhost: Bool
    /// Where it is written: its entry in the manifest or the design file.
    public var location: SourceLocation

    /// A container with these properties.
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
    public var repositoryName: String { ImageCatalogue.repositoryName(of: image) }
}
