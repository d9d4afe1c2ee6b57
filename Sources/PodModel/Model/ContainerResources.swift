/// What a container asks the scheduler for (`requests`) and may not exceed (`limits`).
public struct ContainerResources: Hashable, Sendable {
    public var requests: ResourceAmounts
    public var limits: ResourceAmounts

    /// Resources; empty amounts are left out of the manifest.
    public init(requests: ResourceAmounts = ResourceAmounts(), limits: ResourceAmounts = ResourceAmounts()) {
        self.requests = requests
        self.limits = limits
    }
}
