import PodEngine
import PodModel
import PodText

/// Infers a design from the services of a Compose file: which service is the main container, which pod every other
/// one joins (its own, unless evidence ties it to another), and the answers its configuration gives away, each with a
/// note saying where.
struct ComposeImporter {
    let file: String
    let text: Catalog
    var notes: [ImportNote] = []
    /// The texts read, when there are several (overrides, extended and env files): they place a location.
    var sources: ComposeSourceMap?
    private var names = ImportNames()
    var labels: [String: String] = [:]
    /// Paths a companion shares with a service of the pod it joins that is not the one it serves, by that service:
    /// that service mounts them too.
    var partnerPaths: [String: [String]] = [:]
    /// The image each service runs, by service name (a placeholder for one only built here).
    var images: [String: String] = [:]

    init(file: String, catalog: Catalog) {
        self.file = file
        self.text = catalog
    }

    /// Where something is written, as notes say it (`compose.yaml:12`), in the file it is in.
    func place(_ location: SourceLocation) -> String { sources?.place(location) ?? "\(file):\(location.line)" }

    /// The design of a Compose file's services, with the comment lines about its main container and the notes.
    mutating func design(_ services: [ComposeService], main chosen: String?) throws(DesignError) -> ImportResult {
        let choice = try pickMain(services, chosen: chosen)
        let main = choice.service
        for service in [main] + services.filter({ $0.name != main.name }) {
            let label = names.label(for: service.name)
            labels[service.name] = label
            if label != service.name {
                notes.append(ImportNote(location: service.location, text: text[.importNoteRenamed, ["service": service.name, "name": label]]))
            }
        }
        for service in [main] + services.filter({ $0.name != main.name }) { images[service.name] = image(of: service) }
        let graph = ComposeGraph(services)
        let evidence = podEvidence(graph, main: main)
        let referenced = Self.referencedPorts(services)
        var design = placed(services, main: main, graph: graph, evidence: evidence, ports: referenced)
        carrySettings(services, main: main, into: &design)
        carryCataloguePorts(services, into: &design)
        noteVolumesLeftOut(services, in: design)
        noteLinkAliases(services)
        for service in services {
            for range in service.portRanges {
                notes.append(ImportNote(location: range.location, text: text[.importNotePortRange, ["service": service.name, "ports": range.value]]))
            }
        }
        notes.sort { $0.location < $1.location }
        return ImportResult(design: design, comments: choice.comments, notes: notes)
    }

    /// The design with every service in its pod. Evidence ties a service to a partner; it serves the container whose
    /// pod the partner is in, which must be one placed apart: so the engine decides, and a partner it places apart
    /// becomes a host of its own (what it ties serves it), while a host it co-locates gives way to the container it
    /// serves, until nothing changes.
    mutating func placed(
        _ services: [ComposeService], main: ComposeService, graph: ComposeGraph, evidence: [PodEvidence], ports: [String: [Port]]
    ) -> Design {
        let noted = notes
        var hosts = Set<String>()
        var demoted = Set<String>()
        var design = Design(name: labels[main.name]!, main: mainContainer(main, ports: ports[main.name] ?? []))
        for _ in 0...services.count {
            notes = noted
            partnerPaths = [:]
            let plan = podPlan(graph, main: main.name, evidence: evidence, hosts: hosts, demoted: demoted)
            design = Design(name: labels[main.name]!, main: mainContainer(main, ports: ports[main.name] ?? []))
            for service in services where service.name != main.name {
                design.companions.append(companion(
                    service, in: plan[service.name], main: main, graph: graph, evidence: evidence, ports: ports[service.name] ?? []
                ))
            }
            for (name, paths) in partnerPaths {
                guard let index = design.companions.firstIndex(where: { $0.name == labels[name] }) else { continue }
                design.companions[index].sharedPaths += paths.filter { !design.companions[index].sharedPaths.contains($0) }
            }
            let apart = Set(Advisor.decide(design).companions.compactMap { item -> String? in
                if case .separate = item.placement { item.companion.name } else { nil }
            })
            let served = Set(plan.values.map(\.host)).subtracting([main.name])
            let partners = Set(plan.values.map(\.partner)).subtracting([main.name])
            let nextHosts = hosts.union(partners.filter { apart.contains(labels[$0]!) })
            let nextDemoted = demoted.union(served.filter { !apart.contains(labels[$0]!) })
            if nextHosts == hosts, nextDemoted == demoted { break }
            hosts = nextHosts
            demoted = nextDemoted
        }
        return design
    }

    /// Whether the image catalogue knows the service's image as a store that keeps state.
    func isStateful(_ service: ComposeService) -> Bool {
        service.image.map { ImageCatalogue.isStateful(image: $0.value) } ?? false
    }

    /// The image a service runs: its `image`, else a placeholder named after it, with a note when it is only built here.
    mutating func image(of service: ComposeService) -> String {
        if let image = service.image, NameRules.isImage(image.value) { return image.value }
        let placeholder = "\(names.label(for: service.name + "-image")):latest"
        if let build = service.build {
            notes.append(ImportNote(location: build.location, text: text[.importNoteBuildOnly, [
                "service": service.name, "context": build.value, "image": placeholder,
            ]]))
        }
        return placeholder
    }

    /// The main container: its own ports, else those others name it with.
    mutating func mainContainer(_ service: ComposeService, ports referenced: [Port]) -> MainContainer {
        MainContainer(
            name: labels[service.name]!, image: images[service.name]!,
            workload: isStateful(service) ? .stateful : .service,
            replicas: service.replicas?.value ?? 1, ports: service.ports.isEmpty ? referenced : service.ports, settings: service.settings
        )
    }

    /// A companion with the answers its configuration gives, about the container it serves (`host`): the main
    /// service, unless evidence ties it into another pod (`membership`).
    mutating func companion(
        _ service: ComposeService, in membership: PodMembership?, main: ComposeService, graph: ComposeGraph,
        evidence: [PodEvidence], ports referenced: [Port]
    ) -> Companion {
        let host = membership.flatMap { graph.byName[$0.host] } ?? main
        var companion = Companion(
            name: labels[service.name]!, image: images[service.name]!, answers: Answers(assumed: Set(Question.allCases)),
            ports: service.ports.isEmpty ? referenced : service.ports, settings: service.settings, location: service.location
        )
        if host.name != main.name { companion.serves = labels[host.name] }
        // Timing: a step others wait to complete runs before them; and once, not once per replica of the one it serves.
        for waiting in graph.services {
            if let dependency = waiting.dependsOn.first(where: {
                $0.value.service == service.name && $0.value.condition == "service_completed_successfully"
            }) {
                let values = ["service": waiting.name, "where": place(dependency.location)]
                companion.infer(.timing(.beforeMain), because: text[.importWhyCompleted, values])
                if waiting.name == host.name { companion.infer(.scaling(.independent), because: text[.importWhyCompletedOnce, values]) }
            }
        }
        // What the image catalogue knows of the image: a database or queue is stateful, an exporter adapts, ...
        if let image = service.image { companion.inferFromImage(text, where: place(image.location)) }
        // State: a named volume of its own.
        for mount in service.mounts where mount.named {
            guard let volume = mount.source,
                  !graph.services.contains(where: { $0.name != service.name && $0.mounts.contains { $0.source == volume } }) else { continue }
            companion.infer(.state(.stateful), because: text[.importWhyOwnVolume, ["volume": volume, "where": place(mount.location)]])
        }
        // Coupling: what ties it into the pod is tight; being reached by name over the network is loose.
        if let membership { inferTight(&companion, service, membership, main: main, graph: graph, evidence: evidence) }
        if let variable = host.environment.first(where: { Self.names(service.name, in: $0.value) }) {
            companion.infer(.coupling(.loose), because: text[.importWhyByName, [
                "main": host.name, "variable": ContainerSettings.maskingPasswords(variable.value), "where": place(variable.location),
            ]])
        }
        // Scaling: a different replica count.
        let count = service.replicas?.value ?? 1
        let hostCount = host.replicas?.value ?? 1
        if count != hostCount, let written = service.replicas ?? host.replicas {
            companion.infer(.scaling(.independent), because: text[.importWhyReplicas, [
                "count": String(count), "main": host.name, "mainCount": String(hostCount), "where": place(written.location),
            ]])
        }
        // The code of the one it serves: built from source here, so it can change.
        if let build = host.build {
            companion.infer(.mainCodeChangeable(true), because: text[.importWhyBuilt, [
                "main": host.name, "context": build.value, "where": place(build.location),
            ]])
        }
        companion.assumeUnanswered()
        return companion
    }

    /// Whether two services run the same code: the same image repository, or a build of the same context.
    static func runSameCode(_ one: ComposeService, _ other: ComposeService) -> Bool {
        if let a = one.image?.value, let b = other.image?.value, ImageName.path(of: a) == ImageName.path(of: b) { return true }
        if let a = one.build?.value, let b = other.build?.value, a == b { return true }
        return false
    }

    /// The port a command line says it listens on: `--port=N`, `--port N`, `--listen-port N` or `-p N`.
    static func listenPort(in words: [String]) -> Int? {
        let flags: Set<String> = ["--port", "--listen-port", "-port", "-p"]
        for (index, word) in words.enumerated() {
            let value: Substring? = if let equals = word.firstIndex(of: "="), flags.contains(String(word[..<equals])) {
                word[word.index(after: equals)...]
            } else if flags.contains(word), index + 1 < words.count {
                Substring(words[index + 1])
            } else {
                nil
            }
            if let value, let port = Int(value), (1...65535).contains(port) { return port }
        }
        return nil
    }

    /// Whether an environment entry `NAME=value` names the service as a host in its value.
    static func names(_ service: String, in entry: String) -> Bool {
        guard let equals = entry.firstIndex(of: "=") else { return false }
        let value = entry[entry.index(after: equals)...].lowercased()
        return value.split { !$0.isHostNameCharacter }.contains { $0 == service.lowercased() }
    }
}
