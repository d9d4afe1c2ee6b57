/// The health check an image documents.
public enum ImageProbe: Hashable, Sendable {
    /// A command run in the container.
    case exec([String])
    /// An HTTP GET of a path on a port.
    case http(path: String, port: Int)
    /// A TCP connection to a port.
    case tcp(port: Int)
}
