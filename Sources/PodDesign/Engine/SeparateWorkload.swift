/// The workload a companion gets when it is placed in its own pod.
public enum SeparateWorkload: String, CaseIterable, Sendable {
    case statefulSet = "StatefulSet"
    case job = "Job"
    case deployment = "Deployment"
}
