import PodModel

/// Everything the engine decided about a design: placements, the layout of each pod and the findings.
public struct Decision: Hashable, Sendable {
    public var design: Design
    public var target: KubernetesVersion
    /// Whether sidecars, adapters and ambassadors are emitted as native sidecars.
    public var nativeSidecars: Bool
    public var companions: [CompanionDecision]
    /// Every pod: the main container's first, then one per companion placed apart, in design order.
    public var pods: [PodLayout]
    public var findings: [Finding]

    public init(
        design: Design, target: KubernetesVersion, nativeSidecars: Bool,
        companions: [CompanionDecision], pods: [PodLayout], findings: [Finding]
    ) {
        self.design = design
        self.target = target
        self.nativeSidecars = nativeSidecars
        self.companions = companions
        self.pods = pods
        self.findings = findings
    }

    /// The main container's pod.
    public var pod: PodLayout { pods[0] }

    /// The pod a container runs in: the one it hosts or joins (the main pod for a name the design does not hold).
    public func pod(holding container: String) -> PodLayout {
        pods.first { $0.holds(container) } ?? pod
    }

    /// The pod built around a companion placed apart, or around the main container.
    public func pod(hostedBy container: String) -> PodLayout? {
        pods.first { $0.host == container }
    }

    /// Whether the design is a whole application: some companion serves a container other than the main one.
    public var servesBeyondMain: Bool {
        companions.contains { $0.companion.serves.map { $0 != design.main.name } ?? false }
    }

    /// Whether a finding at error level stops the manifest.
    public var hasErrors: Bool { findings.contains { $0.level == .error } }

    /// The companions placed in pods of their own.
    public var separated: [CompanionDecision] {
        companions.filter { if case .separate = $0.placement { true } else { false } }
    }

    /// The companions placed beside another container, in design order.
    public var colocated: [CompanionDecision] {
        companions.filter { $0.placement.role != nil }
    }

    /// The companions that serve a container, placed beside it or apart, in design order.
    public func serving(_ container: String) -> [CompanionDecision] {
        companions.filter { $0.host == container }
    }
}
