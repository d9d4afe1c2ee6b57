/// A CPU and a memory amount, as Kubernetes quantities written in the design file (`250m`, `512Mi`).
public struct ResourceAmounts: Hashable, Sendable {
    public var cpu: String?
    public var memory: String?

    /// Amounts; nil leaves one out.
    public init(cpu: String? = nil, memory: String? = nil) {
        self.cpu = cpu
        self.memory = memory
    }

    /// The amount of `cpu` or `memory`.
    public subscript(key: FieldKey) -> String? {
        get { key == .cpu ? cpu : key == .memory ? memory : nil }
        set {
            if key == .cpu { cpu = newValue } else if key == .memory { memory = newValue }
        }
    }

    /// Whether neither amount is set.
    public var isEmpty: Bool { cpu == nil && memory == nil }
}
