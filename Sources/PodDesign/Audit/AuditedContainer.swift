/// What audit reads of a container beyond its shape: its probes, its CPU request and whether it is meant to exit.
public struct AuditedContainer: Hashable, Sendable {
    /// The readiness probe, written out with its keys sorted (to compare), if it has one.
    public var readiness: String?
    /// The liveness probe, written out the same way, if it has one.
    public var liveness: String?
    /// Which of `readinessProbe`, `livenessProbe` and `startupProbe` it has, in that order.
    public var probes: [String]
    /// Whether a probe checks a port (`httpGet`, `tcpSocket`, `grpc`): then it listens, and the kubelet reaches it.
    public var probesAPort: Bool
    /// Whether it requests CPU (`resources.requests.cpu`, or `limits.cpu`, which the request defaults to).
    public var requestsCPU: Bool
    /// Whether it says it runs once: `init` in its name, or a one-shot flag (`--one-time`, `-exit-after-auth`).
    public var runsOnce: Bool

    /// A container with these facts.
    public init(
        readiness: String? = nil, liveness: String? = nil, probes: [String] = [], probesAPort: Bool = false,
        requestsCPU: Bool = false, runsOnce: Bool = false
    ) {
        self.readiness = readiness
        self.liveness = liveness
        self.probes = probes
        self.probesAPort = probesAPort
        self.requestsCPU = requestsCPU
        self.runsOnce = runsOnce
    }

    /// Whether it has a startup probe.
    public var hasStartupProbe: Bool { probes.contains("startupProbe") }
}
