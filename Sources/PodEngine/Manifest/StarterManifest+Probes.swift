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
        return entries + liveness(besides: probe.check, ports: ports)
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

    /// The probes of a container from what the image catalogue documents for its image: readiness (its probe),
    /// a startup probe where the image documents one apart, liveness on the first TCP port when that is another
    /// check. An exec probe gets five seconds, as a program's start can take more than the default one.
    func catalogueProbes(_ entry: ImageEntry, ports: [Port], startup: Bool = false) -> [YAMLEntry] {
        guard let check = entry.probe else { return [] }
        var entries: [YAMLEntry] = []
        let slow: [YAMLEntry] = if case .exec = check { [YAMLEntry("timeoutSeconds", .int(5))] } else { [] }
        if startup || entry.startupProbe != nil {
            entries.append(YAMLEntry("startupProbe", .mapping([
                handler(entry.startupProbe ?? check), YAMLEntry("periodSeconds", .int(2)), YAMLEntry("failureThreshold", .int(30)),
            ] + slow), comment: text[.manifestStartupFirst]))
        }
        entries.append(YAMLEntry("readinessProbe", .mapping([handler(check), YAMLEntry("periodSeconds", .int(10))] + slow),
                                 comment: text[.manifestCatalogueProbe, ["image": entry.name]]))
        return entries + liveness(besides: check, ports: ports)
    }

    /// The flags the catalogue says an image needs for its probes to pass, after the design's own arguments
    /// (those it already has are not repeated); none when the design gives its own probe.
    func probeArgs(image: String, settings: ContainerSettings) -> [String] {
        guard settings.probe == nil, let entry = catalogueEntry(image), entry.probe != nil else { return [] }
        return entry.probeArgs.filter { !settings.args.contains($0) }
    }

    /// A liveness check of the container's first TCP port, when that is not what readiness (`check`) already checks:
    /// the process answers, while readiness checks its health.
    func liveness(besides check: ImageProbe, ports: [Port]) -> [YAMLEntry] {
        guard let port = ports.first(where: { $0.proto == .TCP }), check != .tcp(port: port.number) else { return [] }
        return [YAMLEntry("livenessProbe", tcpProbe(Self.reference(port), period: 20), comment: text[.manifestLiveness])]
    }
}
