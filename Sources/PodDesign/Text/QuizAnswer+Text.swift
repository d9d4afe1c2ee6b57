import PodModel
import PodText

extension QuizAnswer {
    /// The catalog key of the choice as the quiz offers it (`quiz.choice.sidecar`).
    public var choiceKey: TextKey {
        switch self {
        case .deployment: .quizChoiceDeployment
        case .statefulSet: .quizChoiceStatefulset
        case .job: .quizChoiceJob
        case .initContainer: .quizChoiceInit
        case .sidecar: .quizChoiceSidecar
        case .adapter: .quizChoiceAdapter
        case .ambassador: .quizChoiceAmbassador
        }
    }

    /// The catalog key of the placement's short name (`quiz.answer.sidecar`).
    public var nameKey: TextKey {
        switch self {
        case .deployment: .quizAnswerDeployment
        case .statefulSet: .quizAnswerStatefulset
        case .job: .quizAnswerJob
        case .initContainer: .quizAnswerInit
        case .sidecar: .quizAnswerSidecar
        case .adapter: .quizAnswerAdapter
        case .ambassador: .quizAnswerAmbassador
        }
    }
}

extension Question {
    /// The catalog key of the question as the quiz asks it about a companion (`quiz.ask.lifecycle`).
    public var quizAskKey: TextKey {
        switch self {
        case .lifecycle: .quizAskLifecycle
        case .coupling: .quizAskCoupling
        case .scaling: .quizAskScaling
        case .mainCodeChangeable: .quizAskMainCodeChangeable
        case .state: .quizAskState
        case .timing: .quizAskTiming
        case .function: .quizAskFunction
        }
    }
}

extension Answer {
    /// The catalog key of the answer as the quiz offers it, in words that do not name a pattern (`quiz.say.lifecycle.same`).
    public var quizSayKey: TextKey {
        switch self {
        case .lifecycle(.same): .quizSayLifecycleSame
        case .lifecycle(.independent): .quizSayLifecycleIndependent
        case .coupling(.tight): .quizSayCouplingTight
        case .coupling(.loose): .quizSayCouplingLoose
        case .scaling(.together): .quizSayScalingTogether
        case .scaling(.independent): .quizSayScalingIndependent
        case .mainCodeChangeable(true): .quizSayMainCodeChangeableYes
        case .mainCodeChangeable(false): .quizSayMainCodeChangeableNo
        case .state(.stateless): .quizSayStateStateless
        case .state(.stateful): .quizSayStateStateful
        case .timing(.beforeMain): .quizSayTimingBeforeMain
        case .timing(.alongside): .quizSayTimingAlongside
        case .function(.extend): .quizSayFunctionExtend
        case .function(.transformOutput): .quizSayFunctionTransformOutput
        case .function(.proxyOutbound): .quizSayFunctionProxyOutbound
        }
    }
}
