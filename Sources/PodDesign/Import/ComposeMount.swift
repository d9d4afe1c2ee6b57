import PodModel

/// A volume a Compose service mounts: a named volume, a bind-mounted host path, or an anonymous one.
struct ComposeMount: Hashable, Sendable {
    /// The named volume or host path; nil for an anonymous volume.
    var source: String?
    /// Whether the source is a named volume (not a host path).
    var named: Bool
    /// The path in the container.
    var target: String
    var location: SourceLocation
    /// Whether it is mounted read-only (`:ro`, or `read_only: true`).
    var readOnly = false
}
