import PodEngine

/// A layout the learner can choose for a companion; native or classic is not a choice (the feedback says which).
public enum QuizAnswer: String, CaseIterable, Hashable, Sendable {
    /// A pod of its own: a Deployment, StatefulSet or Job.
    case ownPod = "own-pod"
    case initContainer = "init"
    case sidecar, adapter, ambassador

    /// The layout a placement is.
    public init(_ placement: Placement) {
        switch placement {
        case .separate: self = .ownPod
        case .colocated(.initContainer, _, _): self = .initContainer
        case .colocated(.sidecar, _, _): self = .sidecar
        case .colocated(.adapter, _, _): self = .adapter
        case .colocated(.ambassador, _, _): self = .ambassador
        }
    }
}
