import PodEngine
import PodModel

extension ComposeImporter {
    /// The ports the image catalogue knows for a store (database, queue, cache) with a workload of its own that declares
    /// none and is reached at none (a `postgres` whose clients find it by name only), with a note; without them its
    /// Service would have no port.
    mutating func carryCataloguePorts(_ services: [ComposeService], into design: inout Design) {
        let apart = Set(Advisor.decide(design).separated.map(\.companion.name))
        for service in services {
            guard let label = labels[service.name], let entry = service.image.flatMap({ ImageCatalogue.entry(for: $0.value) }),
                  !entry.ports.isEmpty, !entry.kind.isHelper, entry.kind != .reverseProxy else { continue }
            let ports = entry.ports.map { Port(number: $0, location: service.location) }
            if label == design.main.name, design.main.ports.isEmpty {
                design.main.ports = ports
            } else if apart.contains(label), let index = design.companions.firstIndex(where: { $0.name == label }),
                      design.companions[index].ports.isEmpty {
                design.companions[index].ports = ports
            } else {
                continue
            }
            notes.append(ImportNote(location: service.location, text: text[.importNoteCataloguePorts, [
                "service": service.name, "ports": entry.ports.map(String.init).joined(separator: ", "), "image": entry.name,
            ]]))
        }
    }

    /// A note for each service's volumes that the design does not carry (not its data path, not a path it shares in
    /// its pod, not a volume another service mounts too, which has notes of its own): a host file or folder, or a
    /// named volume of a stateless service, whose contents the starter manifest would not have.
    mutating func noteVolumesLeftOut(_ services: [ComposeService], in design: Design) {
        let mountedBy = Dictionary(grouping: services.flatMap { service in
            service.mounts.compactMap { mount in mount.source.map { ($0, service.name) } }
        }, by: \.0).mapValues { Set($0.map(\.1)) }
        for service in services {
            guard let label = labels[service.name] else { continue }
            var carried = Set(design.companions.filter { $0.name == label || ($0.serves ?? design.main.name) == label }.flatMap(\.sharedPaths))
            let settings = label == design.main.name ? design.main.settings : design.companions.first { $0.name == label }?.settings
            if let path = settings?.dataPath { carried.insert(path) }
            let left = service.mounts.filter { mount in
                let target = mount.target.count > 1 && mount.target.hasSuffix("/") ? String(mount.target.dropLast()) : mount.target
                guard let source = mount.source, !carried.contains(target) else { return false }
                return (mountedBy[source]?.count ?? 0) < 2
            }
            guard let first = left.first else { continue }
            let items = left.map { mount in
                text[mount.named ? .importVolumeNamed : .importVolumeHost, ["source": mount.source ?? "", "target": mount.target]]
            }
            notes.append(ImportNote(location: first.location, text: text[.importNoteVolumesLeftOut, [
                "service": service.name, "volumes": items.joined(separator: "; "),
            ]]))
        }
    }

    /// A note for each link alias (`links: [db:database]`): in Kubernetes the service is reached by its Service name.
    mutating func noteLinkAliases(_ services: [ComposeService]) {
        for service in services {
            for alias in service.linkAliases {
                let parts = alias.value.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2, parts[0] != parts[1] else { continue }
                notes.append(ImportNote(location: alias.location, text: text[.importNoteLinkAlias, [
                    "service": service.name, "target": labels[parts[0]] ?? parts[0], "alias": parts[1],
                ]]))
            }
        }
    }
}
