import Yams

extension DesignSchema {
    /// A container's `resources`: `requests` and `limits`, each with `cpu` and `memory`.
    public static let resources = FieldTable<ContainerResources>(fields: [
        DesignField(.requests, .mapping, read: { resources, node, path, r throws(DesignError) in
            try DesignSchema.amounts.read(node, path, into: &resources.requests, with: r)
        }, write: { amountsNode($0.requests) }),
        DesignField(.limits, .mapping, read: { resources, node, path, r throws(DesignError) in
            try DesignSchema.amounts.read(node, path, into: &resources.limits, with: r)
        }, write: { amountsNode($0.limits) }),
    ])

    /// A CPU and a memory amount.
    public static let amounts = FieldTable<ResourceAmounts>(fields: [
        DesignField(.cpu, .text, read: { amounts, node, path, r throws(DesignError) in
            amounts.cpu = try r.nodes.quantity(node, path, memory: false)
        }, write: { $0.cpu.map { .string($0) } }),
        DesignField(.memory, .text, read: { amounts, node, path, r throws(DesignError) in
            amounts.memory = try r.nodes.quantity(node, path, memory: true)
        }, write: { $0.memory.map { .string($0) } }),
    ])

    static func amountsNode(_ amounts: ResourceAmounts) -> YAMLNode? {
        amounts.isEmpty ? nil : .mapping(DesignSchema.amounts.entries(amounts))
    }

    /// Reads `resources` and refuses a request above its limit, which the API server refuses too.
    static func readResources(_ node: Node, _ path: FieldPath, _ r: FieldReadContext) throws(DesignError) -> ContainerResources {
        var resources = ContainerResources()
        try DesignSchema.resources.read(node, path, into: &resources, with: r)
        if let key = resources.requestsAboveLimits.first, let request = resources.requests[key], let limit = resources.limits[key] {
            let requestNode = node.mapping?["requests"]?.mapping?[key.rawValue] ?? node
            throw r.nodes.error(requestNode, path / .requests / key, .requestAboveLimit(request: request, limit: limit))
        }
        return resources
    }
}
