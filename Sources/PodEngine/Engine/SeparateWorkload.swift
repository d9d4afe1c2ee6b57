import PodModel

/// The workload a companion gets when it is placed in its own pod.
public enum SeparateWorkload: CaseIterable, Sendable {
    /// A StatefulSet with a headless Service.
    case statefulSet
    /// A Job, run once per release.
    case job
    /// A Deployment with a Service.
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
