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
        service(for: design.main.workload.kind, name: design.name, ports: design.main.ports)
    }

    /// A workload of a kind that runs one pod template, with the placeholders that kind needs.
    func controller(_ kind: String, name: String, replicas count: Int, pod: [YAMLEntry], annotations: [YAMLEntry] = []) -> YAMLNode {
        switch kind {
        case "Deployment":
            workload(kind: kind, name: name, spec: [replicas(count)] + template(name, pod: pod), annotations: annotations)
        case "StatefulSet":
            workload(kind: kind, name: name, spec: [YAMLEntry("serviceName", .string(name)), replicas(count)]
                + template(name, pod: pod) + [claimTemplates()], annotations: annotations)
        case "DaemonSet":
            workload(kind: kind, name: name, spec: template(name, pod: pod), annotations: annotations)
        case "Job":
            workload(kind: kind, name: name, spec: [backoffLimit()] + template(name, pod: pod, selector: false), annotations: annotations)
        default:
            workload(kind: "Pod", name: name, spec: pod, annotations: annotations)
        }
    }

    /// The Service a workload gets: headless for a StatefulSet (always), none for a Job,
    /// otherwise one for its ports where it has any.
    func service(for kind: String, name: String, ports: [Port]) -> YAMLNode? {
        switch kind {
        case "StatefulSet": service(name, ports: ports, headless: true)
        case "Job": nil
        default: ports.isEmpty ? nil : service(name, ports: ports, headless: false)
        }
    }

    func replicas(_ count: Int) -> YAMLEntry {
        YAMLEntry("replicas", .int(count), comment: text[.todoReplicas])
    }

    func backoffLimit() -> YAMLEntry {
        YAMLEntry("backoffLimit", .int(3), comment: text[.todoBackoff])
    }

    /// A separated companion's workload (and Service), with a comment saying why and how it is reached.
    func separated(_ item: CompanionDecision) -> [YAMLDocument] {
        guard case let .separate(kind) = item.placement else { return [] }
        let companion = item.companion
        let name = companion.name
        var container = [
            YAMLEntry("name", .string(name)),
            YAMLEntry("image", .string(companion.image)),
        ]
        container += ports(companion.ports)
        container.append(resources(main: false))
        if kind == .statefulSet { container += mounts(name, data: true) }
        var pod = [YAMLEntry("containers", .sequence([.mapping(container)]))]
        if kind == .job { pod.insert(YAMLEntry("restartPolicy", .string("Never")), at: 0) }
        let comment = text[.manifestSeparate, [
            "name": name, "kind": kind.rawValue, "rule": item.rule.rawValue, "reach": item.reach(main: design.main.name, text),
        ]]
        var documents = [YAMLDocument(comments: [comment], root: controller(kind.rawValue, name: name, replicas: 1, pod: pod))]
        if let service = service(for: kind.rawValue, name: name, ports: companion.ports) {
            documents.append(YAMLDocument(root: service))
        }
        return documents
    }
}
