/// Why the server cannot start (the port is taken, the state folder cannot be written, ...), in one line.
public struct ServerFailure: Error, Sendable {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }
}
