import PodModel
import Yams

extension ComposeLoader {
    /// The fields of a service that import reads (or that the loader has read into others: `env_file`, `extends`,
    /// the first format's `net`); every other field is named in a note.
    static let readFields: Set<String> = [
        "image", "build", "ports", "expose", "volumes", "volumes_from", "network_mode", "environment", "env_file",
        "depends_on", "links", "external_links", "scale", "deploy", "entrypoint", "command", "extends", "profiles",
        "healthcheck", "cpus", "mem_limit", "mem_reservation",
    ]

    /// Notes on what the merged services say that the design does not carry: one per field not read, naming the
    /// services that have it, at its first place; the services with profiles; links and volumes of containers
    /// outside the files; a network mode other than sharing a service's.
    mutating func noteWhatIsNotCarried(_ services: [(name: String, node: Node)]) {
        var unread: [(field: String, location: SourceLocation, services: [String])] = []
        func record(_ field: String, _ key: Node, _ service: String) {
            if let index = unread.firstIndex(where: { $0.field == field }) {
                if !unread[index].services.contains(service) { unread[index].services.append(service) }
                unread[index].location = min(unread[index].location, location(key.mark))
            } else {
                unread.append((field, location(key.mark), [service]))
            }
        }
        var profiled: [String] = []
        var profilesAt: SourceLocation?
        for (service, node) in services {
            for (key, value) in node.pairs {
                let field = key.string ?? ""
                switch field {
                case "profiles":
                    profiled.append(service)
                    profilesAt = min(profilesAt ?? location(key.mark), location(key.mark))
                case "external_links":
                    let links = value.items.compactMap(\.string).joined(separator: ", ")
                    notes.append(ImportNote(location: location(key.mark), text: text[.importNoteExternalLinks, ["service": service, "links": links]]))
                case "network_mode":
                    if let mode = value.string, !mode.hasPrefix("service:"), !["bridge", "default"].contains(mode) {
                        notes.append(ImportNote(location: location(value.mark), text: text[.importNoteNetworkMode, ["service": service, "mode": mode]]))
                    }
                case "volumes_from":
                    for item in value.items where item.string?.hasPrefix("container:") == true {
                        notes.append(ImportNote(location: location(item.mark), text: text[.importNoteVolumesFromContainer, [
                            "service": service, "source": item.string ?? "",
                        ]]))
                    }
                case "deploy":
                    for (inner, _) in value.pairs where inner.string != "replicas" && inner.string != "resources" { record("deploy.\(inner.string ?? "")", inner, service) }
                default:
                    if !Self.readFields.contains(field) { record(field, key, service) }
                }
            }
        }
        if let profilesAt {
            notes.append(ImportNote(location: profilesAt, text: text[.importNoteProfiles, ["list": profiled.joined(separator: ", ")]]))
        }
        for (field, location, names) in unread {
            notes.append(ImportNote(location: location, text: text[.importNoteNotCarried, ["key": field, "services": names.joined(separator: ", ")]]))
        }
    }
}
