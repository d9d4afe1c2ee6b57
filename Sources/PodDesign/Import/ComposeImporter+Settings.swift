import PodModel
import PodText

extension ComposeImporter {
    /// What each container carries over besides its command, arguments and environment: the variables that look like
    /// secrets as `secretEnv` names, a stateful workload's volume as its `dataPath`; and a note for what of its
    /// healthcheck and resources the design file cannot hold.
    mutating func carrySettings(_ services: [ComposeService], main: ComposeService, into design: inout Design) {
        for service in services {
            guard let label = labels[service.name] else { continue }
            if service.name == main.name {
                carrySecrets(&design.main.settings, of: service)
                if design.main.workload == .stateful, let path = Self.dataPath(service),
                   !design.companions.contains(where: { $0.sharedPaths.contains(path) }) {
                    design.main.settings.dataPath = path
                }
            } else if let index = design.companions.firstIndex(where: { $0.name == label }) {
                carrySecrets(&design.companions[index].settings, of: service)
                if design.companions[index].answers.state == .stateful, let path = Self.dataPath(service) {
                    design.companions[index].settings.dataPath = path
                }
            }
            if let check = service.healthcheck {
                notes.append(ImportNote(location: check.location, text: text[.importNoteHealthcheck, ["service": service.name, "check": check.value]]))
            }
            if let resources = service.resources {
                notes.append(ImportNote(location: resources.location, text: text[.importNoteResources, [
                    "service": service.name, "resources": resources.value,
                ]]))
            }
            if let dropped = service.requestsAboveLimits {
                notes.append(ImportNote(location: dropped.location, text: text[.importNoteRequestAboveLimit, [
                    "service": service.name, "resources": dropped.value,
                ]]))
            }
        }
    }

    /// Moves the variables whose names look like secrets, and those whose value is a URL with a password in it, out
    /// of `env` into `secretEnv` (a name with no value, which Compose takes from the shell, too), with one note naming
    /// them: the design never holds their values.
    mutating func carrySecrets(_ settings: inout ContainerSettings, of service: ComposeService) {
        var moved: [String] = []
        var first: SourceLocation?
        let written = service.environment.map { entry in
            (name: String(entry.value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]), location: entry.location)
        }
        let withPasswords = settings.env.filter { !ContainerSettings.urlPasswords(in: $0.value).isEmpty }.map(\.name)
        for name in written.map(\.name) + settings.env.map(\.name)
        where NameRules.isEnvName(name) && (ContainerSettings.looksSecret(name) || withPasswords.contains(name)) && !moved.contains(name) {
            settings.set(name, value: nil)
            moved.append(name)
            first = first ?? written.first { $0.name == name }?.location
        }
        guard !moved.isEmpty else { return }
        notes.append(ImportNote(location: first ?? service.location, text: text[.importNoteSecrets, [
            "service": service.name, "names": moved.joined(separator: ", "),
        ]]))
    }

    /// Where a stateful service keeps its data: the mount at the image catalogue's data path, else its first named
    /// volume, else its first writable host directory (not a file, not under `/etc`).
    static func dataPath(_ service: ComposeService) -> String? {
        func normalized(_ path: String) -> String { path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path }
        let mounts = service.mounts.filter { !$0.readOnly && $0.source != nil && NameRules.isMountPath(normalized($0.target)) }
        let catalogue = service.image.flatMap { ImageCatalogue.entry(for: $0.value)?.dataPath }
        let chosen = mounts.first { normalized($0.target) == catalogue } ?? mounts.first(where: \.named) ?? mounts.first { mount in
            let last = mount.target.split(separator: "/").last ?? ""
            return !last.contains(".") && !mount.target.hasPrefix("/etc/") && mount.target != "/etc"
        }
        return chosen.map { normalized($0.target) }
    }

    /// The ports other services reach each service at (`postgres://db:5432/app`, `REDIS_HOST=redis` with
    /// `REDIS_PORT=6379`), for the services that declare none, in the order they are first named.
    static func referencedPorts(_ services: [ComposeService]) -> [String: [Port]] {
        let byHost = Dictionary(services.map { ($0.name.lowercased(), $0) }) { first, _ in first }
        var out: [String: [Port]] = [:]
        for service in services {
            for endpoint in service.endpoints {
                guard let target = byHost[endpoint.host], target.name != service.name, target.ports.isEmpty,
                      !(out[target.name] ?? []).contains(where: { $0.number == endpoint.port }) else { continue }
                out[target.name, default: []].append(Port(number: endpoint.port, location: endpoint.written.location))
            }
        }
        return out
    }
}
