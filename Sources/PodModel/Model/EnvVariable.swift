/// One environment variable of a container, as written in a design file's `env` mapping.
public struct EnvVariable: Hashable, Sendable {
    /// The variable's name.
    public var name: String
    /// Its value, always text.
    public var value: String

    /// A variable.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
