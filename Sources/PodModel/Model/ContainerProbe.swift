/// How to tell that a container is ready: one check (a command, an HTTP GET or a TCP connection) and its timing.
public struct ContainerProbe: Hashable, Sendable {
    /// What the kubelet runs or connects to.
    public var check: ImageProbe
    /// Seconds between checks (`periodSeconds`); nil leaves the starter's.
    public var interval: Int?
    /// Seconds a check may take (`timeoutSeconds`).
    public var timeout: Int?
    /// Failures in a row before the container counts as not ready (`failureThreshold`).
    public var retries: Int?
    /// Seconds a slow start is allowed before failures count (a `startupProbe`).
    public var startPeriod: Int?

    /// A probe with a check and, optionally, its timing.
    public init(check: ImageProbe, interval: Int? = nil, timeout: Int? = nil, retries: Int? = nil, startPeriod: Int? = nil) {
        self.check = check
        self.interval = interval
        self.timeout = timeout
        self.retries = retries
        self.startPeriod = startPeriod
    }
}
