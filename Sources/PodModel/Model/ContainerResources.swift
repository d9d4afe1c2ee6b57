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

extension ContainerResources {
    /// The resources (`cpu`, `memory`) whose request is above its limit, which the API server refuses.
    public var requestsAboveLimits: [FieldKey] {
        let pairs: [(FieldKey, String?, String?, (String) -> Double?)] = [
            (.cpu, requests.cpu, limits.cpu, ResourceQuantity.cores),
            (.memory, requests.memory, limits.memory, ResourceQuantity.bytes),
        ]
        return pairs.compactMap { key, request, limit, value in
            guard let request, let limit, let asked = value(request), let most = value(limit), asked > most else { return nil }
            return key
        }
    }
}
