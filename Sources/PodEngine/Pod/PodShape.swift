import PodModel

/// A pod as the checks read it, from a decided design or from a manifest: the kind of workload that runs it
/// and its containers, in the order its source gives them.
public struct PodShape: Hashable, Sendable {
    /// The kind of workload that runs the pod.
    public var kind: WorkloadKind
    /// Every container of the pod: init containers, native sidecars and regular containers.
    public var containers: [PodContainer]

    /// A pod of this kind with these containers.
    public init(kind: WorkloadKind, containers: [PodContainer]) {
        self.kind = kind
        self.containers = containers
    }

    /// The containers that run for the pod's whole life (regular ones and native sidecars).
    public var longRunning: [PodContainer] { containers.filter(\.kind.longRunning) }

    /// The containers under `containers` (neither init containers nor native sidecars).
    public var regular: [PodContainer] { containers.filter { $0.kind == .regular } }
}
