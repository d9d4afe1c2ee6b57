import PodModel

extension ComposeImporter {
    /// Every sign that two services belong in one pod, in the order they count: a shared network namespace
    /// (`network_mode: service:X`), `volumes_from`, a volume both mount (unless one is a database the catalogue
    /// knows, both mount it read-only, or both run the same code, which is a note), and `localhost` at the other's
    /// port.
    mutating func podEvidence(_ graph: ComposeGraph, main: ComposeService) -> [PodEvidence] {
        let services = graph.services
        var evidence: [PodEvidence] = []
        for service in services {
            if let mode = service.networkMode, mode.value.hasPrefix("service:") {
                let owner = String(mode.value.dropFirst("service:".count))
                if owner != service.name, graph.byName[owner] != nil {
                    evidence.append(.networkMode(joiner: service.name, owner: owner, at: mode.location))
                }
            }
            for from in service.volumesFrom where from.value != service.name && graph.byName[from.value] != nil {
                evidence.append(.volumesFrom(mounter: service.name, owner: from.value, at: from.location))
            }
        }
        for (index, one) in services.enumerated() {
            for other in services[(index + 1)...] where !Self.runSameCode(one, other) && !isStateful(one) && !isStateful(other) {
                for mount in other.mounts {
                    guard let source = mount.source, let first = one.mounts.first(where: { $0.source == source }),
                          !(first.readOnly && mount.readOnly) else { continue }
                    evidence.append(.sharedVolume(volume: source, mounts: [one.name: first, other.name: mount]))
                }
            }
        }
        noteSameCodeVolumes(services, main: main)
        let declared = services.map(Self.declaredPorts)
        for (index, dialer) in services.enumerated() {
            for endpoint in dialer.endpoints where endpoint.isLoopback && !endpoint.isForBrowsers && !declared[index].contains(endpoint.port) {
                for (target, ports) in zip(services, declared) where target.name != dialer.name && ports.contains(endpoint.port) {
                    evidence.append(.localhost(dialer: dialer.name, target: target.name, port: endpoint.port, variable: endpoint.written))
                }
            }
        }
        return evidence
    }

    /// A note for each volume that a service shares with one running the same code (a web server and its worker):
    /// two processes of one application, whose shared files are not a channel between them. Said once per service
    /// and volume, naming the main service where it shares the volume, else the first service before it that does.
    mutating func noteSameCodeVolumes(_ services: [ComposeService], main: ComposeService) {
        for (index, service) in services.enumerated() where service.name != main.name {
            for mount in service.mounts {
                guard let source = mount.source else { continue }
                let sharers = services.filter { other in
                    other.name != service.name && Self.runSameCode(service, other)
                        && other.mounts.contains { $0.source == source && !($0.readOnly && mount.readOnly) }
                }
                guard let partner = sharers.first(where: { $0.name == main.name })
                        ?? sharers.first(where: { other in services[..<index].contains { $0.name == other.name } }) else { continue }
                notes.append(ImportNote(location: mount.location, text: text[.importNoteSameCodeVolume, [
                    "service": service.name, "volume": source, "main": partner.name,
                ]]))
            }
        }
    }

    /// The ports a service says it listens on: its `ports` and `expose`, and a port its command line names (`--port=5432`).
    static func declaredPorts(_ service: ComposeService) -> Set<Int> {
        var ports = Set(service.ports.map(\.number))
        if let port = listenPort(in: service.settings.command + service.settings.args) { ports.insert(port) }
        return ports
    }
}
