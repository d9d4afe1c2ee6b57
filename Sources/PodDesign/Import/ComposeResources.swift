import PodModel
import Yams

/// Compose's resources (`deploy.resources` limits and reservations, or `cpus`, `mem_limit` and `mem_reservation`) as
/// a design's requests and limits: `cpus: 0.5` as `500m`, Docker's binary units (`512m`, `1g`) as `512Mi`, `1Gi`.
enum ComposeResources {
    /// Adds `deploy.resources` to the resources read so far; returns what could not be carried (`pids`, `devices`).
    static func add(deploy node: Node, to resources: inout ContainerResources) -> [String] {
        var leftOut: [String] = []
        for (group, keyPath) in [("limits", \ContainerResources.limits), ("reservations", \ContainerResources.requests)] {
            guard let mapping = node[group]?.mapping else { continue }
            for (key, value) in mapping {
                let name = key.string ?? "?"
                switch name {
                case "cpus": if let cpu = value.string.flatMap(cpu) { resources[keyPath: keyPath].cpu = cpu; continue }
                case "memory": if let memory = value.string.flatMap(memory) { resources[keyPath: keyPath].memory = memory; continue }
                default: break
                }
                leftOut.append("\(group).\(name): \(value.string ?? "…")")
            }
        }
        return leftOut
    }

    /// Adds one of the first format's keys (`cpus`, `mem_limit`, `mem_reservation`); false when its value does not read
    /// (and then nothing changes).
    static func add(key: String, value: String, to resources: inout ContainerResources) -> Bool {
        switch key {
        case "cpus": guard let cpu = cpu(value) else { return false }; resources.limits.cpu = cpu
        case "mem_limit": guard let memory = memory(value) else { return false }; resources.limits.memory = memory
        case "mem_reservation": guard let memory = memory(value) else { return false }; resources.requests.memory = memory
        default: return false
        }
        return true
    }

    /// A CPU amount: whole cores as written (`2`), else thousandths (`0.5` as `500m`); nil for zero or not a number.
    static func cpu(_ text: String) -> String? {
        guard let cores = Double(text), cores > 0, cores.isFinite else { return nil }
        if cores == cores.rounded() { return String(Int(cores)) }
        return "\(Int((cores * 1000).rounded(.up)))m"
    }

    /// A memory amount in Docker's units (`b`, `k`, `m`, `g`, with or without a trailing `b`; binary multiples).
    static func memory(_ text: String) -> String? {
        let lower = text.lowercased()
        let digits = lower.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(digits), number > 0 else { return nil }
        switch String(lower.dropFirst(digits.count)) {
        case "", "b": return String(number)
        case "k", "kb": return "\(number)Ki"
        case "m", "mb": return "\(number)Mi"
        case "g", "gb": return "\(number)Gi"
        case "t", "tb": return "\(number)Ti"
        default: return nil
        }
    }

    /// Drops a request above its limit (Compose allows it; Kubernetes refuses it); returns what was dropped, for a note.
    static func dropRequestsAboveLimits(_ resources: inout ContainerResources) -> [String] {
        resources.requestsAboveLimits.map { key in
            let dropped = "reservations.\(key == .cpu ? "cpus" : "memory"): \(resources.requests[key] ?? "")"
            resources.requests[key] = nil
            return dropped
        }
    }
}
