/// A pod template found in a manifest: the resource that holds it and its containers.
public struct AuditedPod: Hashable, Sendable {
    public var kind: WorkloadKind
    public var namespace: String?
    public var name: String
    public var containers: [PodContainer]
    /// Rule ids the resource opts out of with `podwright.dev/ignore` (`all` ignores every rule).
    public var ignored: Set<String>
    public var location: SourceLocation

    public init(kind: WorkloadKind, namespace: String?, name: String, containers: [PodContainer], ignored: Set<String> = [], location: SourceLocation = .start) {
        self.kind = kind
        self.namespace = namespace
        self.name = name
        self.containers = containers
        self.ignored = ignored
        self.location = location
    }

    /// `Kind/namespace/name`, or `Kind/name` without a namespace.
    public var resource: String { [kind.rawValue, namespace, name].compactMap { $0 }.joined(separator: "/") }

    /// Whether the pod belongs to a Job (directly or through a CronJob).
    public var runsToCompletion: Bool { kind.runsToCompletion }

    /// The containers that run for the pod's whole life (regular ones and native sidecars).
    public var longRunning: [PodContainer] { containers.filter(\.kind.longRunning) }
}
