import PodModel

/// The services of a Compose file as a graph: who depends on whom (`depends_on`, `links`), who publishes ports, and
/// what the image catalogue says each one is.
struct ComposeGraph {
    let services: [ComposeService]
    let byName: [String: ComposeService]
    /// The services another waits for with `service_completed_successfully`: steps that run once.
    let oneOff: Set<String>

    init(_ services: [ComposeService]) {
        self.services = services
        byName = Dictionary(services.map { ($0.name, $0) }) { first, _ in first }
        oneOff = Set(services.flatMap { $0.dependsOn.filter { $0.value.condition == "service_completed_successfully" }.map(\.value.service) })
    }

    /// The services it depends on (`depends_on`, then `links`), each once, in file order, only those in the file.
    func dependencies(_ service: ComposeService) -> [String] {
        var seen = Set<String>()
        return (service.dependsOn.map(\.value.service) + service.links.map(\.value)).filter {
            $0 != service.name && byName[$0] != nil && seen.insert($0).inserted
        }
    }

    /// How it is reached from outside, if it is.
    func publishing(_ service: ComposeService) -> ComposePublishing? {
        if service.publishes { return .ports }
        guard let mode = service.networkMode?.value else { return nil }
        if mode == "host" { return .host }
        if mode.hasPrefix("service:"), let owner = byName[String(mode.dropFirst("service:".count))], owner.publishes {
            return .through(owner.name)
        }
        return nil
    }

    /// What the image catalogue says the service's image is, if it knows it.
    func kind(_ service: ComposeService) -> ImageKind? {
        service.image.flatMap { ImageCatalogue.entry(for: $0.value)?.kind }
    }

    /// Whether it cannot be the main service: a database, queue, cache, proxy or other helper the catalogue knows,
    /// or a step that runs once.
    func isPassedOver(_ service: ComposeService) -> Bool {
        if oneOff.contains(service.name) { return true }
        guard let kind = kind(service) else { return false }
        return kind != .reverseProxy
    }

    /// The services a web server only fronts: those it depends on, when the catalogue knows it as a web server or
    /// reverse proxy, it is not built here, and it shares no volume with them (nginx serving an app's files is not
    /// only a front). Empty otherwise.
    func fronted(by service: ComposeService) -> [ComposeService] {
        guard kind(service) == .reverseProxy, service.build == nil else { return [] }
        let fronted = dependencies(service).compactMap { byName[$0] }
        let volumes = Set(service.mounts.compactMap(\.source))
        guard !fronted.contains(where: { $0.mounts.contains { $0.source.map(volumes.contains) ?? false } }) else { return [] }
        return services.filter { candidate in fronted.contains { $0.name == candidate.name } }
    }
}
