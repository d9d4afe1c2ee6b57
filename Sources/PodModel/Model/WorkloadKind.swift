/// The Kubernetes kinds of object that run a pod template: the ones podwright emits, and the ones audit and import read.
public enum WorkloadKind: String, CaseIterable, Sendable {
    /// Replicated pods that serve.
    case deployment = "Deployment"
    /// Pods with stable names and a storage claim each.
    case statefulSet = "StatefulSet"
    /// One pod per node.
    case daemonSet = "DaemonSet"
    /// Pods that run to completion.
    case job = "Job"
    /// A single bare pod.
    case pod = "Pod"
    /// A Job on a schedule (read, never written).
    case cronJob = "CronJob"
    /// Replicated pods without rollouts (read, never written).
    case replicaSet = "ReplicaSet"

    /// The `apiVersion` of an object of this kind.
    public var apiVersion: String {
        switch self {
        case .pod: "v1"
        case .job, .cronJob: "batch/v1"
        case .deployment, .statefulSet, .daemonSet, .replicaSet: "apps/v1"
        }
    }

    /// Whether a starter manifest writes a `selector` for its pod template (a Job's is generated; a Pod has no template).
    public var hasSelector: Bool {
        switch self {
        case .deployment, .statefulSet, .daemonSet, .replicaSet: true
        case .job, .cronJob, .pod: false
        }
    }

    /// The Service a workload of this kind gets in a starter manifest.
    public var serviceRule: ServiceRule {
        switch self {
        case .statefulSet: .headless
        case .job, .cronJob: .none
        case .deployment, .daemonSet, .pod, .replicaSet: .regular
        }
    }

    /// Whether its pods run to completion (a Job, directly or through a CronJob).
    public var runsToCompletion: Bool { self == .job || self == .cronJob }
}
