/// The kind of workload that runs the main container.
public enum Workload: String, CaseIterable, Sendable {
    case service, job, daemon, stateful, pod

    /// The Kubernetes kind emitted for this workload.
    public var kind: WorkloadKind {
        switch self {
        case .service: .deployment
        case .job: .job
        case .daemon: .daemonSet
        case .stateful: .statefulSet
        case .pod: .pod
        }
    }

    /// Whether `replicas` means something for this workload.
    public var hasReplicas: Bool { self == .service || self == .stateful }

    /// Whether the workload serves traffic, and so gets a Service for its ports.
    public var serves: Bool { kind.serviceRule != .none }
}
