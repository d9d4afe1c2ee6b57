import PodModel

extension StarterManifest {
    /// How much a scratch `emptyDir` may hold.
    static let scratchSize = "256Mi"
    /// How much a shared `emptyDir` may hold.
    static let sharedSize = "1Gi"

    /// The Pod Security profile a container is written for: its own, else the design's, else restricted.
    func profile(of settings: ContainerSettings) -> SecurityProfile {
        settings.security ?? design.security ?? .restricted
    }

    /// The name, image and settings of each container of a pod, in the order the manifest writes them (init
    /// containers, the host, the rest).
    func containersInOrder(_ pod: PodLayout) -> [(name: String, image: String, settings: ContainerSettings)] {
        let host = pod.host == design.main.name ? (design.main.image, design.main.settings)
            : companion(named: pod.host).map { ($0.image, $0.settings) } ?? ("", ContainerSettings())
        let companion = { (item: CompanionDecision) in (item.companion.name, item.companion.image, item.companion.settings) }
        return pod.initContainers.map(companion) + [(pod.host, host.0, host.1)] + pod.containers.map(companion)
    }

    /// The scratch volumes of a pod, container by container in manifest order, each named uniquely in the pod.
    func scratchVolumes(_ pod: PodLayout) -> [ScratchVolume] {
        var wanted: [(container: String, path: String)] = []
        for container in containersInOrder(pod) {
            var mounted = Set(pod.volumes(mountedBy: container.name).map(\.path))
            if let claim = claimPath(of: container.name, image: container.image, in: pod) { mounted.insert(claim.path) }
            let paths = ["/tmp"] + (catalogueEntry(container.image)?.writable ?? [])
            for path in paths where !mounted.contains(path) && !mounted.contains(where: { path.hasPrefix($0 + "/") }) {
                wanted.append((container.name, path))
                mounted.insert(path)
            }
        }
        let names = SharedVolume.names(
            for: wanted.map { "/\($0.container)\($0.path)" }, reserved: Set(pod.volumes.map(\.name) + [PodLayout.dataClaimName])
        )
        return zip(wanted, names).map { ScratchVolume(container: $0.container, path: $0.path, name: $1) }
    }

    /// Where the `data` claim of a StatefulSet's container is mounted, if it has one: its `dataPath`, else the image
    /// catalogue's path for its image unless a shared path takes it, else the first free one of `/data`,
    /// `/var/lib/data` and `/srv/data` (`guessed`, which the manifest marks with a `# TODO`).
    func claimPath(of container: String, image: String, in pod: PodLayout) -> (path: String, guessed: Bool)? {
        guard pod.kind == .statefulSet, container == pod.host else { return nil }
        let settings = container == design.main.name ? design.main.settings : companion(named: container)?.settings
        if let path = settings?.dataPath { return (path, false) }
        let taken = Set(volumes(mountedBy: container).map(\.path))
        if let path = catalogueEntry(image)?.dataPath, !taken.contains(path) { return (path, false) }
        return (["/data", "/var/lib/data", "/srv/data"].first { !taken.contains($0) } ?? "/data-claim", true)
    }

    /// The pod's own security context: the RuntimeDefault seccomp profile, and the host image's group as `fsGroup`
    /// where it keeps data in a claim, so the claim is writable by the user it runs as.
    func podSecurityContext(_ pod: PodLayout) -> YAMLEntry {
        var entries: [YAMLEntry] = []
        if pod.kind == .statefulSet, let user = containersInOrder(pod).first(where: { $0.name == pod.host }).flatMap({
            catalogueEntry($0.image)?.user
        }) {
            entries.append(YAMLEntry("fsGroup", .int(user)))
        }
        entries.append(YAMLEntry("seccompProfile", .mapping([YAMLEntry("type", .string("RuntimeDefault"))])))
        return YAMLEntry("securityContext", .mapping(entries))
    }

    /// A container's security context for its profile. Restricted: not root (the catalogue's user where it knows
    /// one), no privilege escalation, every capability dropped, a read-only root filesystem. Baseline: the same but
    /// for what an image that starts as root needs (running as root, the capabilities to drop to its own user).
    func securityContext(image: String, settings: ContainerSettings) -> YAMLEntry {
        let entry = catalogueEntry(image)
        var entries: [YAMLEntry] = []
        let needsRoot = entry?.root ?? false
        switch profile(of: settings) {
        case .restricted:
            let comment: String? = if needsRoot, let entry, let variant = entry.unprivileged {
                text[.manifestNeedsRoot, ["image": entry.name, "variant": variant]]
            } else if needsRoot, let entry {
                text[.manifestNeedsRootNoVariant, ["image": entry.name]]
            } else if entry?.user == nil {
                text[.todoNonRoot]
            } else {
                nil
            }
            entries.append(YAMLEntry("runAsNonRoot", .bool(true), comment: comment))
            if let user = entry?.user {
                entries.append(YAMLEntry("runAsUser", .int(user)))
                entries.append(YAMLEntry("runAsGroup", .int(user)))
            }
            entries.append(YAMLEntry("allowPrivilegeEscalation", .bool(false)))
            entries.append(readOnlyRoot(entry))
            entries.append(YAMLEntry("capabilities", .mapping([YAMLEntry("drop", .sequence([.string("ALL")]))])))
        case .baseline:
            entries.append(YAMLEntry("allowPrivilegeEscalation", .bool(false)))
            entries.append(readOnlyRoot(entry))
            var capabilities = [YAMLEntry("drop", .sequence([.string("ALL")]))]
            if needsRoot {
                capabilities.append(YAMLEntry("add", .sequence(Self.rootCapabilities.map { .string($0) }), comment: text[.manifestBaselineRoot]))
            }
            entries.append(YAMLEntry("capabilities", .mapping(capabilities)))
        }
        return YAMLEntry("securityContext", .mapping(entries))
    }

    /// A read-only root filesystem, with an `emptyDir` at `/tmp` and at each path the catalogue says the image writes;
    /// an image the catalogue knows but whose paths it does not all know keeps a writable root, and says why.
    func readOnlyRoot(_ entry: ImageEntry?) -> YAMLEntry {
        guard let entry else { return YAMLEntry("readOnlyRootFilesystem", .bool(true), comment: text[.todoWritable]) }
        guard entry.writable != nil else {
            return YAMLEntry("readOnlyRootFilesystem", .bool(false), comment: text[.manifestWritableUnknown, ["image": entry.name]])
        }
        return YAMLEntry("readOnlyRootFilesystem", .bool(true))
    }

    /// What a server that starts as root needs to bind a low port and drop to its own user (all in the baseline profile).
    static let rootCapabilities = ["CHOWN", "DAC_OVERRIDE", "FOWNER", "NET_BIND_SERVICE", "SETGID", "SETUID"]
}
