import PodModel

/// A volume a manifest's container mounts, at which path, and where it is written.
struct ManifestMount: Hashable, Sendable {
    var volume: String
    var path: String
    var location: SourceLocation
}
