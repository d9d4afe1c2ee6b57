import PodModel

extension StarterManifest {
    /// A probe's handler: `exec`, `httpGet` or `tcpSocket`.
    func handler(_ check: ImageProbe) -> YAMLEntry {
        switch check {
        case let .exec(command):
            YAMLEntry("exec", .mapping([YAMLEntry("command", .sequence(command.map { .string($0) }))]))
        case let .http(path, port):
            YAMLEntry("httpGet", .mapping([YAMLEntry("path", .string(path)), YAMLEntry("port", .int(port))]))
        case let .tcp(port):
            YAMLEntry("tcpSocket", .mapping([YAMLEntry("port", .int(port))]))
        }
    }

    /// The probes of a design's `probe`: readiness with its timing, a startup probe for its `startPeriod`, and
    /// liveness on the container's first TCP port when that is not what readiness already checks.
    func givenProbes(_ probe: ContainerProbe, ports: [Port]) -> [YAMLEntry] {
        let period = probe.interval ?? 10
        var readiness = [handler(probe.check), YAMLEntry("periodSeconds", .int(period))]
        if let timeout = probe.timeout { readiness.append(YAMLEntry("timeoutSeconds", .int(timeout))) }
        if let retries = probe.retries { readiness.append(YAMLEntry("failureThreshold", .int(retries))) }
        var entries: [YAMLEntry] = []
        if let start = probe.startPeriod {
            entries.append(YAMLEntry("startupProbe", .mapping([
                handler(probe.check), YAMLEntry("periodSeconds", .int(period)),
                YAMLEntry("failureThreshold", .int((start + period - 1) / period)),
            ]), comment: text[.manifestStartPeriod, ["seconds": String(start)]]))
        }
        entries.append(YAMLEntry("readinessProbe", .mapping(readiness)))
        if let port = ports.first(where: { $0.proto == .TCP }), probe.check != .tcp(port: port.number) {
            let target: YAMLNode = port.name.map { .string($0) } ?? .int(port.number)
            entries.append(YAMLEntry("livenessProbe", tcpProbe(target, period: 20), comment: text[.manifestLiveness]))
        }
        return entries
    }

    /// The design's `resources` as written, or the starter's placeholders.
    func resources(_ given: ContainerResources?, main: Bool) -> YAMLEntry {
        guard let given else { return resources(main: main) }
        var entries: [YAMLEntry] = []
        for (key, amounts) in [("requests", given.requests), ("limits", given.limits)] where !amounts.isEmpty {
            entries.append(YAMLEntry(key, .mapping(DesignSchema.amounts.entries(amounts))))
        }
        return YAMLEntry("resources", .mapping(entries))
    }
}
