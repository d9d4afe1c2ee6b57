import PodModel

/// A port that a container of a pod declares after another container (or itself) already did.
public struct PortConflict: Hashable, Sendable {
    /// The container that declares the port again.
    public var container: PodContainer
    /// The port as that container declares it, with where it is written.
    public var port: Port
    /// The name of the container that declared it first.
    public var other: String

    /// A conflict of `container`'s `port` with the one `other` declared.
    public init(container: PodContainer, port: Port, other: String) {
        self.container = container
        self.port = port
        self.other = other
    }
}
