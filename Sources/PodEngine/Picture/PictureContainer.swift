/// One container of a pictured pod: its name, the role it plays there and its ports.
public struct PictureContainer: Hashable, Sendable {
    /// How a container starts and stops in its pod.
    public enum Kind: String, Hashable, Sendable {
        /// Runs to completion before the next container starts.
        case initContainer = "init"
        /// Starts in order before the host container, is ready first, and stops after it.
        case nativeSidecar = "native"
        /// The container the pod is built around.
        case main
        /// Starts beside the host container, in no set order.
        case sidecar
    }

    /// A name for the container that Mermaid and SVG can use as an id (`p0c1`).
    public var id: String
    public var name: String
    /// Its role in words (`init`, `sidecar, native`, `main`).
    public var label: String
    /// Its ports as `:8080 :53/UDP`, or empty.
    public var ports: String
    public var kind: Kind

    public init(id: String, name: String, label: String, ports: String, kind: Kind) {
        self.id = id
        self.name = name
        self.label = label
        self.ports = ports
        self.kind = kind
    }

    /// The line that names it in a picture: `sidecar · log-shipper :9000`.
    public var caption: String { label + " · " + name + (ports.isEmpty ? "" : " " + ports) }
}
