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
        }
    }

    /// The catalog key of the audit rule's short description (`audit.rule.conflict.port`); nil for a check audit does not apply.
    public var ruleKey: TextKey? {
        switch self {
        case .conflictPort: .auditRuleConflictPort
        case .jobClassicSidecar: .auditRuleJobClassicSidecar
        case .colocateNoChannel: .auditRuleColocateNoChannel
        case .podCrowded: .auditRulePodCrowded
        case .nativeUnsupported: .auditRuleNativeUnsupported
        case .colocateStateful: .auditRuleColocateStateful
        case .initIdempotent, .ambassadorNoLocalPort, .separateSharedPath, .initNeedsLaterProxy, .initRacesReplicas, .answerContradictsImage, .servesColocated: nil
        }
    }

    /// The catalog key of why an audit finding matters (`audit.conflict.port.why`); nil for a check audit does not apply.
    public var whyKey: TextKey? {
        switch self {
        case .conflictPort: .auditConflictPortWhy
        case .jobClassicSidecar: .auditJobClassicSidecarWhy
        case .colocateNoChannel: .auditColocateNoChannelWhy
        case .podCrowded: .auditPodCrowdedWhy
        case .nativeUnsupported: .auditNativeUnsupportedWhy
        case .colocateStateful: .auditColocateStatefulWhy
        case .initIdempotent, .ambassadorNoLocalPort, .separateSharedPath, .initNeedsLaterProxy, .initRacesReplicas, .answerContradictsImage, .servesColocated: nil
        }
    }

    /// The catalog key of the layout an audit finding suggests (`audit.conflict.port.instead`); nil for a check audit does not apply.
    public var insteadKey: TextKey? {
        switch self {
        case .conflictPort: .auditConflictPortInstead
        case .jobClassicSidecar: .auditJobClassicSidecarInstead
        case .colocateNoChannel: .auditColocateNoChannelInstead
        case .podCrowded: .auditPodCrowdedInstead
        case .nativeUnsupported: .auditNativeUnsupportedInstead
        case .colocateStateful: .auditColocateStatefulInstead
        case .initIdempotent, .ambassadorNoLocalPort, .separateSharedPath, .initNeedsLaterProxy, .initRacesReplicas, .answerContradictsImage, .servesColocated: nil
        }
    }
}
