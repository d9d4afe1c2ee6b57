import PodDesign
import PodText

extension CompanionStep {
    /// The key of the step's question.
    var titleKey: TextKey {
        switch self {
        case .name: .uiStepNameTitle
        case .image: .uiStepImageTitle
        case .serves: .uiStepServesTitle
        case let .question(question):
            switch question {
            case .lifecycle: .uiStepLifecycleTitle
            case .coupling: .uiStepCouplingTitle
            case .scaling: .uiStepScalingTitle
            case .mainCodeChangeable: .uiStepMainCodeChangeableTitle
            case .state: .uiStepStateTitle
            case .timing: .uiStepTimingTitle
            case .function: .uiStepFunctionTitle
            }
        case .sharedPaths: .uiStepSharedPathsTitle
        case .ports: .uiStepPortsTitle
        case .localPort: .uiStepLocalPortTitle
        case .upstream: .uiStepUpstreamTitle
        }
    }

    /// The key of the step's two or three lines on why it matters.
    var whyKey: TextKey {
        switch self {
        case .name: .uiStepNameWhy
        case .image: .uiStepImageWhy
        case .serves: .uiStepServesWhy
        case let .question(question):
            switch question {
            case .lifecycle: .uiStepLifecycleWhy
            case .coupling: .uiStepCouplingWhy
            case .scaling: .uiStepScalingWhy
            case .mainCodeChangeable: .uiStepMainCodeChangeableWhy
            case .state: .uiStepStateWhy
            case .timing: .uiStepTimingWhy
            case .function: .uiStepFunctionWhy
            }
        case .sharedPaths: .uiStepSharedPathsWhy
        case .ports: .uiStepPortsWhy
        case .localPort: .uiStepLocalPortWhy
        case .upstream: .uiStepUpstreamWhy
        }
    }
}
