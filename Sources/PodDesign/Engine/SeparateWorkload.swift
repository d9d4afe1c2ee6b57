/// The workload a companion gets when it is placed in its own pod.
public enum SeparateWorkload: CaseIterable, Sendable {
    case statefulSet
    case job
    case deployment

    /// The Kubernetes kind emitted for it.
    public var kind: WorkloadKind {
        switch self {
        case .statefulSet: .statefulSet
        case .job: .job
        case .deployment: .deployment
        }
    }
}
