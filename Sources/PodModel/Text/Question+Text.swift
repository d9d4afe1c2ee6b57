import PodText

extension Question {
    /// The key of the question's short name where a scenario's facts are listed.
    public var factKey: TextKey {
        switch self {
        case .lifecycle: .quizFactLifecycle
        case .coupling: .quizFactCoupling
        case .scaling: .quizFactScaling
        case .mainCodeChangeable: .quizFactMainCodeChangeable
        case .state: .quizFactState
        case .timing: .quizFactTiming
        case .function: .quizFactFunction
        }
    }
}
