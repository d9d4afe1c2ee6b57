import PodText

extension Justification {
    /// The catalog key of why the justification holds (`justification.colocate.lifecycle`).
    public var textKey: TextKey {
        switch self {
        case .lifecycle: .justificationColocateLifecycle
        case .coupling: .justificationColocateCoupling
        case .noCodeChange: .justificationColocateNoCodeChange
        }
    }
}
