import PodEngine

/// Where a companion can go, as the quiz offers it: a workload of its own (by kind) or a role in the main pod.
/// Native or classic is not a choice (the target version decides it, and the feedback says which).
public enum QuizAnswer: String, CaseIterable, Hashable, Sendable, Codable {
    /// Its own Deployment (and Service).
    case deployment
    /// Its own StatefulSet (and headless Service).
    case statefulSet = "statefulset"
    /// Its own Job, once per release.
    case job
    case initContainer = "init"
    case sidecar, adapter, ambassador

    /// The answer a placement is.
    public init(_ placement: Placement) {
        switch placement {
        case .separate(.deployment): self = .deployment
        case .separate(.statefulSet): self = .statefulSet
        case .separate(.job): self = .job
        case .colocated(.initContainer, _, _): self = .initContainer
        case .colocated(.sidecar, _, _): self = .sidecar
        case .colocated(.adapter, _, _): self = .adapter
        case .colocated(.ambassador, _, _): self = .ambassador
        }
    }

    /// Whether the companion gets a pod of its own.
    public var isApart: Bool { [.deployment, .statefulSet, .job].contains(self) }
}
