import PodEngine

/// The rules `audit` applies: the engine's checks read backwards, and the mistakes only a manifest can make.
public enum AuditRule: String, CaseIterable, Sendable {
    case conflictPort = "conflict.port"
    case nativeUnsupported = "native.unsupported"
    /// A long-running helper under `initContainers` without `restartPolicy: Always`: the pod never leaves Init.
    case initNeverExits = "init.never-exits"
    /// A probe on a plain init container, which the API server rejects.
    case initProbe = "init.probe"
    /// A native sidecar the main container needs first (a mesh proxy, an ambassador, a secrets agent) without a startup probe.
    case nativeNoStartupProbe = "native.no-startup-probe"
    case jobClassicSidecar = "job.classic-sidecar"
    case colocateStateful = "colocate.stateful"
    /// Two different databases or queues in one pod.
    case colocateTwoStateful = "colocate.two-stateful"
    case colocateNoChannel = "colocate.no-channel"
    case podCrowded = "pod.crowded"
    /// The same readiness and liveness probe on one container.
    case probeSameReadinessLiveness = "probe.same-readiness-liveness"
    /// A CPU-scaled HorizontalPodAutoscaler on a pod with a container that requests no CPU.
    case hpaMissingCPURequest = "hpa.missing-cpu-request"
    /// A HorizontalPodAutoscaler's `Resource` metric over a pod of several long-running containers.
    case hpaPodMetric = "hpa.pod-metric"

    /// How serious a finding of the rule is.
    public var level: Level {
        switch self {
        case .conflictPort, .nativeUnsupported, .initNeverExits, .initProbe: .error
        case .nativeNoStartupProbe, .jobClassicSidecar, .colocateStateful, .colocateTwoStateful, .podCrowded,
             .probeSameReadinessLiveness, .hpaMissingCPURequest: .warning
        case .colocateNoChannel, .hpaPodMetric: .note
        }
    }

    /// The pattern guide page that explains the layout the rule's fix leads to.
    public var pattern: Pattern {
        switch self {
        case .conflictPort, .colocateStateful, .colocateTwoStateful, .podCrowded, .probeSameReadinessLiveness: .single
        case .initProbe: .initContainer
        case .nativeUnsupported, .initNeverExits, .jobClassicSidecar, .nativeNoStartupProbe: .nativeSidecar
        case .colocateNoChannel, .hpaMissingCPURequest, .hpaPodMetric: .sidecar
        }
    }

    /// Where the rule's pattern page is published (SARIF `helpUri`).
    public var helpURI: String { Self.guideURL + pattern.rawValue }

    /// The published pattern guide, one page per pattern id.
    public static let guideURL = "https://podwright.dev/patterns/"
}
