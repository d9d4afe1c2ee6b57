import PodModel

extension StarterManifest {
    /// Resource placeholders: main containers get more than helpers.
    func resources(main: Bool) -> YAMLEntry {
        YAMLEntry("resources", .mapping([
            YAMLEntry("requests", .mapping([
                YAMLEntry("cpu", .string(main ? "100m" : "50m")),
                YAMLEntry("memory", .string(main ? "128Mi" : "64Mi")),
            ])),
            YAMLEntry("limits", .mapping([YAMLEntry("memory", .string(main ? "256Mi" : "128Mi"))])),
        ]), comment: text[.todoResources])
    }

    func ports(_ ports: [Port]) -> [YAMLEntry] {
        guard !ports.isEmpty else { return [] }
        return [YAMLEntry("ports", .sequence(ports.map { port in
            var entries = [YAMLEntry("containerPort", .int(port.number))]
            if let name = port.name { entries.append(YAMLEntry("name", .string(name))) }
            if port.proto != .TCP { entries.append(YAMLEntry("protocol", .string(port.proto.rawValue))) }
            return .mapping(entries)
        }))]
    }

    /// The container's `command` and `args` as the design file writes them (when it writes neither, the catalogue's
    /// `args` for an image whose default command runs something else), with the flags its probe needs; then its
    /// environment: the `secretEnv` references to its workload's Secret first, then `env`, so that a value of `env` can
    /// name a secret as `$(NAME)` (Kubernetes fills in a reference only to a variable defined before it).
    func run(_ container: String, _ settings: ContainerSettings, image: String) -> [YAMLEntry] {
        var entries: [YAMLEntry] = []
        if !settings.command.isEmpty { entries.append(YAMLEntry("command", .sequence(settings.command.map { .string($0) }))) }
        let entry = catalogueEntry(image)
        let imageArgs = settings.command.isEmpty && settings.args.isEmpty ? entry?.args ?? [] : []
        let added = probeArgs(image: image, settings: settings)
        if !settings.args.isEmpty || !imageArgs.isEmpty || !added.isEmpty {
            var notes: [String] = []
            if let kind = entry?.kind.textKey, !imageArgs.isEmpty { notes.append(text[.manifestImageArgs, ["kind": text[kind]]]) }
            if !added.isEmpty { notes.append(text[.manifestProbeArgs, ["flags": added.joined(separator: " ")]]) }
            entries.append(YAMLEntry("args", .sequence((settings.args + imageArgs + added).map { .string($0) }),
                                     comment: notes.isEmpty ? nil : notes.joined(separator: "; ")))
        }
        let env: [YAMLNode] = secretEntries(container, settings) + (settings.env + imageEnv(container, settings, image: image)).map {
            .mapping([YAMLEntry("name", .string($0.name)), YAMLEntry("value", .string($0.value))])
        }
        if !env.isEmpty { entries.append(YAMLEntry("env", .sequence(env))) }
        return entries
    }

    func tcpProbe(_ port: YAMLNode, period: Int, extra: [YAMLEntry] = []) -> YAMLNode {
        .mapping([YAMLEntry("tcpSocket", .mapping([YAMLEntry("port", port)])), YAMLEntry("periodSeconds", .int(period))] + extra)
    }

    /// The container's `volumeMounts`: its shared paths, then the `data` claim of a StatefulSet's container at
    /// `claimPath` (with a `# TODO` where that path is a guess), then its scratch volumes.
    func mounts(_ container: String, image: String = "") -> [YAMLEntry] {
        var items: [YAMLNode] = volumes(mountedBy: container).map {
            .mapping([YAMLEntry("name", .string($0.name)), YAMLEntry("mountPath", .string($0.path))])
        }
        if let claim = claimPath(of: container, image: image, in: pod(holding: container)) {
            items.append(.mapping([
                YAMLEntry("name", .string(PodLayout.dataClaimName)),
                YAMLEntry("mountPath", .string(claim.path), comment: claim.guessed ? text[.todoDataPath] : nil),
            ]))
        }
        let pod = pod(holding: container)
        items += (scratch[pod.host] ?? []).filter { $0.container == container }.map {
            .mapping([YAMLEntry("name", .string($0.name)), YAMLEntry("mountPath", .string($0.path))])
        }
        return items.isEmpty ? [] : [YAMLEntry("volumeMounts", .sequence(items))]
    }

    /// The variables the image catalogue says the image needs that the design does not set: those it needs to run as
    /// its user, and where a StatefulSet's claim holds its data, its data directory one level below the mount point
    /// (`PGDATA`: a new claim's root belongs to root, and the server refuses a data directory it does not own).
    func imageEnv(_ container: String, _ settings: ContainerSettings, image: String) -> [EnvVariable] {
        guard let entry = catalogueEntry(image) else { return [] }
        var env = profile(of: settings) == .restricted ? entry.env : []
        if let path = claimPath(of: container, image: image, in: pod(holding: container))?.path,
           let variable = entry.dataVariable(claimMountedAt: path) {
            env.append(variable)
        }
        let set = Set(settings.env.map(\.name) + settings.secretEnv)
        return env.filter { !set.contains($0.name) }
    }

    /// The probes of a container a workload is built around: the design's, else the image's, else a readiness
    /// check of its first TCP port (a TODO; no liveness probe, which would only repeat it).
    func hostProbes(image: String, settings: ContainerSettings, ports: [Port]) -> [YAMLEntry] {
        if let probe = settings.probe { return givenProbes(probe, ports: ports) }
        if let entry = catalogueEntry(image), entry.probe != nil { return catalogueProbes(entry, ports: ports) }
        guard let port = ports.first(where: { $0.proto == .TCP }) else { return [] }
        return [YAMLEntry("readinessProbe", tcpProbe(Self.reference(port), period: 10), comment: text[.todoProbe])]
    }

    /// The main container: its ports, TCP probes where it serves, resources and shared mounts.
    func mainContainer() -> YAMLNode {
        let main = design.main
        var entries = [
            YAMLEntry("name", .string(main.name), comment: text[.roleMain]),
            YAMLEntry("image", .string(main.image)),
        ]
        entries += run(main.name, main.settings, image: main.image)
        let mainPorts = Self.namedPorts(main.ports, image: main.image)
        entries += ports(mainPorts)
        if main.workload != .job { entries += hostProbes(image: main.image, settings: main.settings, ports: mainPorts) }
        entries.append(resources(main.settings.resources, main: true))
        entries.append(securityContext(image: main.image, settings: main.settings))
        entries += mounts(main.name, image: main.image)
        return .mapping(entries)
    }

    /// A co-located companion as an init container, a native sidecar or a regular container.
    func companionContainer(_ item: CompanionDecision) -> YAMLNode {
        let companion = item.companion
        guard case let .colocated(role, native, justifications) = item.placement else { return .mapping([]) }
        let ids = justifications.map(\.rawValue).joined(separator: ", ")
        let roleName = text[role.textKey]
        var entries = [
            YAMLEntry("name", .string(companion.name), comment: text[native ? .manifestColocatedNative : .manifestColocated, [
                "role": roleName, "ids": ids,
            ]]),
            YAMLEntry("image", .string(companion.image), comment: ambassadorNote(item)),
        ]
        if native {
            entries.append(YAMLEntry("restartPolicy", .string("Always"), comment: text[.manifestNativeSidecar, ["main": item.host]]))
        }
        entries += run(companion.name, companion.settings, image: companion.image)
        let companionPorts = Self.namedPorts(companion.ports, image: companion.image)
        entries += ports(companionPorts)
        if role.runsAlongside, let probe = companion.settings.probe {
            entries += givenProbes(probe, ports: companionPorts)
        } else if role.runsAlongside, let entry = catalogueEntry(companion.image) {
            entries += catalogueProbes(entry, ports: companionPorts, startup: native && role == .ambassador)
        }
        entries.append(resources(companion.settings.resources, main: false))
        entries.append(securityContext(image: companion.image, settings: companion.settings))
        entries += mounts(companion.name)
        return .mapping(entries)
    }

    /// The comment above an ambassador: what the main container connects to and where it goes.
    func ambassadorNote(_ item: CompanionDecision) -> String? {
        guard item.placement.role == .ambassador, let local = item.companion.localPort else { return nil }
        let probed = item.companion.settings.probe != nil || catalogueEntry(item.companion.image)?.probe != nil
        return text[probed ? .manifestAmbassadorForwards : .manifestAmbassadorUnprobed, [
            "main": item.host, "port": String(local),
            "upstream": item.companion.upstream ?? text[.manifestUpstreamUnknown],
        ]]
    }

    /// The pod spec of the main workload.
    func mainPod() -> [YAMLEntry] {
        podSpec(decision.pod, host: mainContainer())
    }

    /// A pod spec: the restart policy a Job needs, the pod's init containers, the host container and the other
    /// containers, and one `emptyDir` per shared path.
    func podSpec(_ pod: PodLayout, host: YAMLNode) -> [YAMLEntry] {
        var entries: [YAMLEntry] = []
        if pod.kind == .job { entries.append(YAMLEntry("restartPolicy", .string("Never"))) }
        entries += podIdentity(pod)
        entries.append(podSecurityContext(pod))
        if !pod.initContainers.isEmpty {
            entries.append(YAMLEntry("initContainers", .sequence(pod.initContainers.map(companionContainer))))
        }
        entries.append(YAMLEntry("containers", .sequence([host] + pod.containers.map(companionContainer))))
        let shared: [YAMLNode] = pod.volumes.map {
            .mapping([YAMLEntry("name", .string($0.name)), YAMLEntry("emptyDir", .mapping([
                YAMLEntry("sizeLimit", .string(Self.sharedSize), comment: text[.todoSharedSize]),
            ]))])
        }
        let scratchVolumes: [YAMLNode] = (scratch[pod.host] ?? []).map {
            .mapping([YAMLEntry("name", .string($0.name)), YAMLEntry("emptyDir", .mapping([
                YAMLEntry("sizeLimit", .string(Self.scratchSize)),
            ]))])
        }
        if !shared.isEmpty || !scratchVolumes.isEmpty { entries.append(YAMLEntry("volumes", .sequence(shared + scratchVolumes))) }
        return entries
    }

    /// One `data` claim per StatefulSet pod.
    func claimTemplates() -> YAMLEntry {
        YAMLEntry("volumeClaimTemplates", .sequence([.mapping([
            YAMLEntry("metadata", .mapping([YAMLEntry("name", .string(PodLayout.dataClaimName))])),
            YAMLEntry("spec", .mapping([
                YAMLEntry("accessModes", .sequence([.string("ReadWriteOnce")])),
                YAMLEntry("resources", .mapping([
                    YAMLEntry("requests", .mapping([YAMLEntry("storage", .string("1Gi"))])),
                ]), comment: text[.todoStorage]),
            ])),
        ])]))
    }
}
