import PodText

extension Answer {
    /// The key of the text that explains this answer where it is offered.
    public var textKey: TextKey {
        switch self {
        case .lifecycle(.same): .uiChoiceLifecycleSame
        case .lifecycle(.independent): .uiChoiceLifecycleIndependent
        case .coupling(.tight): .uiChoiceCouplingTight
        case .coupling(.loose): .uiChoiceCouplingLoose
        case .scaling(.together): .uiChoiceScalingTogether
        case .scaling(.independent): .uiChoiceScalingIndependent
        case .mainCodeChangeable(true): .uiChoiceMainCodeChangeableYes
        case .mainCodeChangeable(false): .uiChoiceMainCodeChangeableNo
        case .state(.stateless): .uiChoiceStateStateless
        case .state(.stateful): .uiChoiceStateStateful
        case .timing(.beforeMain): .uiChoiceTimingBeforeMain
        case .timing(.alongside): .uiChoiceTimingAlongside
        case .function(.extend): .uiChoiceFunctionExtend
        case .function(.transformOutput): .uiChoiceFunctionTransformOutput
        case .function(.proxyOutbound): .uiChoiceFunctionProxyOutbound
        }
    }
}
