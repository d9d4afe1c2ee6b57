import PodEngine
import PodModel

/// A container of a manifest's pod, as `import` reads it: with its mount paths.
struct ManifestContainer: Hashable, Sendable {
    var name: String
    var image: String
    var kind: ContainerKind
    var ports: [Port]
    /// The volumes it mounts, in file order.
    var mounts: [ManifestMount]
    var mentionsLocalhost: Bool
    /// Its command, arguments and environment.
    var settings: ContainerSettings
    var location: SourceLocation
}
