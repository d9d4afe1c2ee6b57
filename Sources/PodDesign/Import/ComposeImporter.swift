import PodModel
import PodText

/// Infers a design from the services of a Compose file: which service is the main container, and
/// for each other one the answers its configuration gives away, each with a note saying where.
struct ComposeImporter {
    let file: String
    let text: Catalog
    var notes: [ImportNote] = []
    /// The texts read, when there are several (overrides, extended and env files): they place a location.
    var sources: ComposeSourceMap?
    private var names = ImportNames()
    private var labels: [String: String] = [:]

    init(file: String, catalog: Catalog) {
        self.file = file
        self.text = catalog
    }

    func place(_ location: SourceLocation) -> String { sources?.place(location) ?? "\(file):\(location.line)" }

    mutating func design(_ services: [ComposeService], main chosen: String?) throws(DesignError) -> ImportResult {
        let (main, mainReason) = try pickMain(services, chosen: chosen)
        for service in [main] + services.filter({ $0.name != main.name }) {
            let label = names.label(for: service.name)
            labels[service.name] = label
            if label != service.name {
                notes.append(ImportNote(location: service.location, text: text[.importNoteRenamed, ["service": service.name, "name": label]]))
            }
        }
        var design = Design(name: labels[main.name]!, main: mainContainer(main))
        for service in services where service.name != main.name {
            design.companions.append(companion(service, main: main, all: services))
        }
        for service in services {
            for range in service.portRanges {
                notes.append(ImportNote(location: range.location, text: text[.importNotePortRange, ["service": service.name, "ports": range.value]]))
            }
            if let location = service.extends {
                notes.append(ImportNote(location: location, text: text[.importNoteExtends, ["service": service.name]]))
            }
        }
        notes.sort { $0.location < $1.location }
        return ImportResult(design: design, comments: [mainReason], notes: notes)
    }

    /// The main service: the one named with `--main`; else, among the services that are neither
    /// databases nor one-off steps, the first that publishes ports, then the most depended on, then the first.
    func pickMain(_ services: [ComposeService], chosen: String?) throws(DesignError) -> (ComposeService, String) {
        if let chosen {
            guard let service = services.first(where: { $0.name == chosen }) else {
                throw .unknownMain(chosen, allowed: services.map(\.name), file: file)
            }
            return (service, text[.importMainOption, ["name": service.name]])
        }
        let oneOff = Set(services.flatMap { $0.dependsOn.filter { $0.value.condition == "service_completed_successfully" }.map(\.value.service) })
        let applications = services.filter { !isStateful($0) && !oneOff.contains($0.name) }
        let candidates = applications.isEmpty ? services : applications
        if let publishing = candidates.first(where: \.publishes) {
            return (publishing, text[.importMainPorts, ["name": publishing.name, "where": place(publishing.location)]])
        }
        func dependents(_ service: ComposeService) -> Int {
            services.filter { $0.dependsOn.contains { $0.value.service == service.name } }.count
        }
        let most = candidates.max { dependents($0) < dependents($1) }!
        if dependents(most) > 0 {
            return (most, text[.importMainDependedOn, ["name": most.name, "where": place(most.location)]])
        }
        return (candidates[0], text[.importMainFirst, ["name": candidates[0].name, "where": place(candidates[0].location)]])
    }

    func isStateful(_ service: ComposeService) -> Bool {
        service.image.map { ImageCatalogue.isStateful(image: $0.value) } ?? false
    }

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

    mutating func mainContainer(_ service: ComposeService) -> MainContainer {
        MainContainer(
            name: labels[service.name]!, image: image(of: service),
            workload: isStateful(service) ? .stateful : .service,
            replicas: service.replicas?.value ?? 1, ports: service.ports, settings: service.settings
        )
    }

    mutating func companion(_ service: ComposeService, main: ComposeService, all: [ComposeService]) -> Companion {
        var companion = Companion(
            name: labels[service.name]!, image: image(of: service), answers: Answers(assumed: Set(Question.allCases)),
            ports: service.ports, settings: service.settings, location: service.location
        )
        let mainName = main.name
        // Timing: a step others wait to complete runs before them; and once, not once per replica of the main service.
        for waiting in all {
            if let dependency = waiting.dependsOn.first(where: {
                $0.value.service == service.name && $0.value.condition == "service_completed_successfully"
            }) {
                let values = ["service": waiting.name, "where": place(dependency.location)]
                companion.infer(.timing(.beforeMain), because: text[.importWhyCompleted, values])
                if waiting.name == mainName { companion.infer(.scaling(.independent), because: text[.importWhyCompletedOnce, values]) }
            }
        }
        // What the image catalogue knows of the image: a database or queue is stateful, an exporter adapts, ...
        if let image = service.image { companion.inferFromImage(text, where: place(image.location)) }
        // State: a named volume of its own.
        for mount in service.mounts where mount.named {
            guard let volume = mount.source, !all.contains(where: { $0.name != service.name && $0.mounts.contains { $0.source == volume } }) else { continue }
            companion.infer(.state(.stateful), because: text[.importWhyOwnVolume, ["volume": volume, "where": place(mount.location)]])
        }
        // Coupling: shared files or localhost are tight; reaching it by name over the network is loose.
        inferTight(&companion, service, main: main)
        if let variable = main.environment.first(where: { Self.names(service.name, in: $0.value) }) {
            companion.infer(.coupling(.loose), because: text[.importWhyByName, [
                "main": mainName, "variable": variable.value, "where": place(variable.location),
            ]])
        }
        // Scaling: a different replica count.
        let count = service.replicas?.value ?? 1
        let mainCount = main.replicas?.value ?? 1
        if count != mainCount, let written = service.replicas ?? main.replicas {
            companion.infer(.scaling(.independent), because: text[.importWhyReplicas, [
                "count": String(count), "main": mainName, "mainCount": String(mainCount), "where": place(written.location),
            ]])
        }
        // The main code: built from source here, so it can change.
        if let build = main.build {
            companion.infer(.mainCodeChangeable(true), because: text[.importWhyBuilt, [
                "main": mainName, "context": build.value, "where": place(build.location),
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

    /// Tight coupling from a shared network namespace, shared volumes (except between two services that run the same
    /// code), or localhost in the environment; a shared volume also becomes a shared path.
    mutating func inferTight(_ companion: inout Companion, _ service: ComposeService, main: ComposeService) {
        for (one, other) in [(service, main), (main, service)] {
            if let mode = one.networkMode, mode.value == "service:\(other.name)" {
                companion.infer(.coupling(.tight), because: text[.importWhyNetworkMode, ["service": other.name, "where": place(mode.location)]])
            }
            if let from = one.volumesFrom.first(where: { $0.value == other.name }) {
                companion.infer(.coupling(.tight), because: text[.importWhyVolumesFrom, ["service": other.name, "where": place(from.location)]])
            }
        }
        let oneApplication = Self.runSameCode(service, main)
        for mount in service.mounts {
            guard let source = mount.source, let mainMount = main.mounts.first(where: { $0.source == source }) else { continue }
            if oneApplication {
                // Two processes of one application (a web server and its worker): the volume holds their files, not a
                // channel between them, so each keeps a workload of its own.
                notes.append(ImportNote(location: mount.location, text: text[.importNoteSameCodeVolume, [
                    "service": service.name, "volume": source, "main": main.name,
                ]]))
                continue
            }
            companion.infer(.coupling(.tight), because: text[.importWhySharedVolume, [
                "volume": source, "main": main.name, "name": service.name, "where": place(mount.location),
            ]])
            guard NameRules.isMountPath(mainMount.target), !companion.sharedPaths.contains(mainMount.target) else { continue }
            companion.sharedPaths.append(mainMount.target)
            if mount.target != mainMount.target {
                notes.append(ImportNote(location: mount.location, text: text[.importNoteOtherPath, [
                    "service": service.name, "volume": source, "path": mount.target, "main": main.name, "mainPath": mainMount.target,
                ]]))
            }
        }
        let ports = Set(service.ports.map { String($0.number) })
        if let variable = service.environment.first(where: { PodReader.mentionsLocalhost($0.value) }) {
            companion.infer(.coupling(.tight), because: text[.importWhyLocalhost, [
                "service": service.name, "variable": variable.value, "where": place(variable.location),
            ]])
        }
        if let variable = main.environment.first(where: { value in
            PodReader.mentionsLocalhost(value.value) && ports.contains { value.value.contains(":" + $0) }
        }) {
            companion.infer(.coupling(.tight), because: text[.importWhyLocalhost, [
                "service": main.name, "variable": variable.value, "where": place(variable.location),
            ]])
            // An outbound proxy (the image catalogue says so) listens where the main service dials localhost:
            // that port is its localPort (which the pod counts as its port), not a port of its own as well.
            if companion.answers.function == .proxyOutbound, companion.localPort == nil,
               let port = service.ports.first(where: { variable.value.contains(":\($0.number)") }) {
                companion.localPort = port.number
                companion.ports.removeAll { $0.number == port.number && $0.proto == .TCP }
            }
        }
        // An outbound proxy that shares the main service's network and says on its command line where it listens
        // (`--port=5432`, as the Cloud SQL proxy does): the main service dials that port on localhost.
        if companion.answers.function == .proxyOutbound, companion.localPort == nil, companion.answers.coupling == .tight,
           let port = Self.listenPort(in: service.settings.command + service.settings.args) {
            companion.localPort = port
            companion.ports.removeAll { $0.number == port && $0.proto == .TCP }
        }
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
        let hostCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.")
        return value.split { !hostCharacters.contains($0) }.contains { $0 == service.lowercased() }
    }
}
