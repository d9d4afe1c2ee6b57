import PodModel

/// Everything the engine decided about a design: placements, the main pod's layout and the findings.
public struct Decision: Hashable, Sendable {
    public var design: Design
    public var target: KubernetesVersion
    /// Whether sidecars, adapters and ambassadors are emitted as native sidecars.
    public var nativeSidecars: Bool
    public var companions: [CompanionDecision]
    public var pod: PodLayout
    public var findings: [Finding]

    public init(
        design: Design, target: KubernetesVersion, nativeSidecars: Bool,
        companions: [CompanionDecision], pod: PodLayout, findings: [Finding]
    ) {
        self.design = design
        self.target = target
        self.nativeSidecars = nativeSidecars
        self.companions = companions
        self.pod = pod
        self.findings = findings
    }

    /// Whether a finding at error level stops the manifest.
    public var hasErrors: Bool { findings.contains { $0.level == .error } }

    /// The companions placed in pods of their own.
    public var separated: [CompanionDecision] {
        companions.filter { if case .separate = $0.placement { true } else { false } }
    }

    /// The companions placed beside the main container, in design order.
    public var colocated: [CompanionDecision] {
        companions.filter { $0.placement.role != nil }
    }
}
