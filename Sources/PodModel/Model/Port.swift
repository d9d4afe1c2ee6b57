/// A port a container listens on, as written in the design file.
public struct Port: Hashable, Sendable {
    public var number: Int
    public var name: String?
    public var proto: PortProtocol
    public var location: SourceLocation

    public init(number: Int, name: String? = nil, proto: PortProtocol = .TCP, location: SourceLocation = .start) {
        self.number = number
        self.name = name
        self.proto = proto
        self.location = location
    }

    /// The port as people write it: `80/TCP`.
    public var label: String { "\(number)/\(proto.rawValue)" }
}
