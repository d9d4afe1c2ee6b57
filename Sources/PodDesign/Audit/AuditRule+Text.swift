import PodText

extension AuditRule {
    /// The catalog key of the rule's short description (`audit.rule.conflict.port`).
    public var ruleKey: TextKey {
        switch self {
        case .conflictPort: .auditRuleConflictPort
        case .nativeUnsupported: .auditRuleNativeUnsupported
        case .initNeverExits: .auditRuleInitNeverExits
        case .initProbe: .auditRuleInitProbe
        case .nativeNoStartupProbe: .auditRuleNativeNoStartupProbe
        case .jobClassicSidecar: .auditRuleJobClassicSidecar
        case .colocateStateful: .auditRuleColocateStateful
        case .colocateTwoStateful: .auditRuleColocateTwoStateful
        case .colocateNoChannel: .auditRuleColocateNoChannel
        case .podCrowded: .auditRulePodCrowded
        case .probeSameReadinessLiveness: .auditRuleProbeSameReadinessLiveness
        case .hpaMissingCPURequest: .auditRuleHpaMissingCpuRequest
        case .hpaPodMetric: .auditRuleHpaPodMetric
        }
    }

    /// The catalog key of the rule's full description (`audit.rule.conflict.port.full`), for SARIF.
    public var fullKey: TextKey {
        switch self {
        case .conflictPort: .auditRuleConflictPortFull
        case .nativeUnsupported: .auditRuleNativeUnsupportedFull
        case .initNeverExits: .auditRuleInitNeverExitsFull
        case .initProbe: .auditRuleInitProbeFull
        case .nativeNoStartupProbe: .auditRuleNativeNoStartupProbeFull
        case .jobClassicSidecar: .auditRuleJobClassicSidecarFull
        case .colocateStateful: .auditRuleColocateStatefulFull
        case .colocateTwoStateful: .auditRuleColocateTwoStatefulFull
        case .colocateNoChannel: .auditRuleColocateNoChannelFull
        case .podCrowded: .auditRulePodCrowdedFull
        case .probeSameReadinessLiveness: .auditRuleProbeSameReadinessLivenessFull
        case .hpaMissingCPURequest: .auditRuleHpaMissingCpuRequestFull
        case .hpaPodMetric: .auditRuleHpaPodMetricFull
        }
    }

    /// The catalog key of why a finding matters (`audit.conflict.port.why`).
    public var whyKey: TextKey {
        switch self {
        case .conflictPort: .auditConflictPortWhy
        case .nativeUnsupported: .auditNativeUnsupportedWhy
        case .initNeverExits: .auditInitNeverExitsWhy
        case .initProbe: .auditInitProbeWhy
        case .nativeNoStartupProbe: .auditNativeNoStartupProbeWhy
        case .jobClassicSidecar: .auditJobClassicSidecarWhy
        case .colocateStateful: .auditColocateStatefulWhy
        case .colocateTwoStateful: .auditColocateTwoStatefulWhy
        case .colocateNoChannel: .auditColocateNoChannelWhy
        case .podCrowded: .auditPodCrowdedWhy
        case .probeSameReadinessLiveness: .auditProbeSameReadinessLivenessWhy
        case .hpaMissingCPURequest: .auditHpaMissingCpuRequestWhy
        case .hpaPodMetric: .auditHpaPodMetricWhy
        }
    }

    /// The catalog key of the layout a finding suggests (`audit.conflict.port.instead`).
    public var insteadKey: TextKey {
        switch self {
        case .conflictPort: .auditConflictPortInstead
        case .nativeUnsupported: .auditNativeUnsupportedInstead
        case .initNeverExits: .auditInitNeverExitsInstead
        case .initProbe: .auditInitProbeInstead
        case .nativeNoStartupProbe: .auditNativeNoStartupProbeInstead
        case .jobClassicSidecar: .auditJobClassicSidecarInstead
        case .colocateStateful: .auditColocateStatefulInstead
        case .colocateTwoStateful: .auditColocateTwoStatefulInstead
        case .colocateNoChannel: .auditColocateNoChannelInstead
        case .podCrowded: .auditPodCrowdedInstead
        case .probeSameReadinessLiveness: .auditProbeSameReadinessLivenessInstead
        case .hpaMissingCPURequest: .auditHpaMissingCpuRequestInstead
        case .hpaPodMetric: .auditHpaPodMetricInstead
        }
    }
}
