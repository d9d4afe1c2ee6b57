import PodModel

extension StarterManifest {
    /// The main workload, of the kind `main.workload` names, named after the design, carrying the
    /// design's answers in an annotation for `podwright import`.
    func mainWorkload() -> YAMLNode {
        let annotation = YAMLEntry(DesignAnnotation.key, .string(DesignAnnotation.value(design)),
                                   comment: text[.manifestDesignAnnotation])
        return controller(design.main.workload.kind, name: design.name, replicas: design.main.replicas, pod: mainPod(),
                          annotations: [annotation])
    }

    /// The Service of the main workload.
    func mainService() -> YAMLNode? {
        service(for: design.main.workload.kind, name: design.name, ports: Self.namedPorts(design.main.ports, image: design.main.image))
    }

    /// A workload of a kind that runs one pod template, with the placeholders that kind needs
    /// (a CronJob is only read, by audit and import, never written).
    func controller(_ kind: WorkloadKind, name: String, replicas count: Int, pod: [YAMLEntry], annotations: [YAMLEntry] = []) -> YAMLNode {
        let spec: [YAMLEntry] = switch kind {
        case .deployment, .replicaSet: [replicas(count)] + template(name, kind: kind, pod: pod)
        case .statefulSet:
            [YAMLEntry("serviceName", .string(name)), replicas(count, stateful: true)] + template(name, kind: kind, pod: pod) + [claimTemplates()]
        case .daemonSet: template(name, kind: kind, pod: pod)
        case .job:
            [backoffLimit(), YAMLEntry("ttlSecondsAfterFinished", .int(600), comment: text[.manifestJobTTL, ["name": name]])]
                + template(name, kind: kind, pod: pod)
        case .pod: pod
        case .cronJob: preconditionFailure("no design places a workload in a CronJob")
        }
        return workload(kind, name: name, spec: spec, annotations: annotations)
    }

    /// The Service a workload gets by its kind's rule: headless (always), none,
    /// or a regular one for its ports where it has any.
    func service(for kind: WorkloadKind, name: String, ports: [Port]) -> YAMLNode? {
        switch kind.serviceRule {
        case .headless: service(name, ports: ports, headless: true)
        case .none: nil
        case .regular: ports.isEmpty ? nil : service(name, ports: ports, headless: false)
        }
    }

    /// A controller's replicas; for a StatefulSet, a warning that each replica keeps its own data rather than a TODO to
    /// add more (three replicas of postgres are three unrelated databases).
    func replicas(_ count: Int, stateful: Bool = false) -> YAMLEntry {
        YAMLEntry("replicas", .int(count), comment: text[stateful ? .manifestStatefulReplicas : .todoReplicas])
    }

    func backoffLimit() -> YAMLEntry {
        YAMLEntry("backoffLimit", .int(3), comment: text[.todoBackoff])
    }

    /// A separated companion's workload (and Service), with the companions that serve it beside it, and a comment
    /// saying why and how the container it serves reaches it.
    func separated(_ item: CompanionDecision) -> [YAMLDocument] {
        guard case let .separate(workload) = item.placement, let pod = pod(hostedBy: item.companion.name) else { return [] }
        let companion = item.companion
        let name = companion.name
        var container = [
            YAMLEntry("name", .string(name)),
            YAMLEntry("image", .string(companion.image)),
        ]
        container += run(name, companion.settings, image: companion.image)
        let companionPorts = Self.namedPorts(companion.ports, image: companion.image)
        container += ports(companionPorts)
        if workload != .job { container += hostProbes(image: companion.image, settings: companion.settings, ports: companionPorts) }
        container.append(resources(companion.settings.resources, main: false))
        container.append(securityContext(image: companion.image, settings: companion.settings))
        container += mounts(name, image: companion.image)
        let comment = text[.manifestSeparate, [
            "name": name, "kind": workload.kind.rawValue, "rule": item.rule.rawValue, "reach": item.reach(main: item.host, text),
        ]]
        let spec = podSpec(pod, host: .mapping(container))
        var documents = [YAMLDocument(comments: [comment], root: controller(workload.kind, name: name, replicas: 1, pod: spec))]
        if let service = service(for: workload.kind, name: name, ports: companionPorts) {
            documents.append(YAMLDocument(root: service))
        }
        return documents
    }
}
