/// How a container runs in its pod.
public enum ContainerKind: String, Hashable, Sendable {
    /// Under `containers`.
    case regular
    /// Under `initContainers`, run to completion before the others.
    case initContainer = "init"
    /// Under `initContainers` with `restartPolicy: Always`: a native sidecar.
    case nativeSidecar = "native-sidecar"

    /// Whether it runs for the pod's whole life.
    public var longRunning: Bool { self != .initContainer }
}
