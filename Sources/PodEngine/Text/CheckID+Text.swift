import PodText

extension CheckID {
    /// The catalog key of the check's message in the advisor's findings (`check.conflict.port`).
    public var messageKey: TextKey {
        switch self {
        case .conflictPort: .checkConflictPort
        case .jobClassicSidecar: .checkJobClassicSidecar
        case .initIdempotent: .checkInitIdempotent
        case .colocateNoChannel: .checkColocateNoChannel
        case .podCrowded: .checkPodCrowded
        case .ambassadorNoLocalPort: .checkAmbassadorNoLocalPort
        case .nativeUnsupported: .checkNativeUnsupported
        case .separateSharedPath: .checkSeparateSharedPath
        case .colocateStateful: .checkColocateStateful
        case .initNeedsLaterProxy: .checkInitNeedsLaterProxy
        case .initRacesReplicas: .checkInitRacesReplicas
        case .answerContradictsImage: .checkAnswerContradictsImage
        case .servesColocated: .checkServesColocated
        case .envPlainSecret: .checkEnvPlainSecret
        }
    }
}
