import PodModel

/// The container a pod is built around, as the design writes it: the main container or a companion placed apart.
public struct PodHost: Hashable, Sendable {
    public var name: String
    public var image: String
    public var ports: [Port]
    public var location: SourceLocation
    /// How many copies of the pod run (a companion placed apart runs one, until a person says more).
    public var replicas: Int
}
