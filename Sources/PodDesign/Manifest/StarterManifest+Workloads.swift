extension StarterManifest {
    /// The main workload, of the kind `main.workload` names, named after the design.
    func mainWorkload() -> YAMLNode {
        let main = design.main
        let name = design.name
        let pod = mainPod()
        switch main.workload {
        case .service:
            return workload(kind: "Deployment", name: name, spec: [replicas(main.replicas)] + template(name, pod: pod))
        case .stateful:
            return workload(kind: "StatefulSet", name: name, spec: [
                YAMLEntry("serviceName", .string(name)), replicas(main.replicas),
            ] + template(name, pod: pod) + [claimTemplates()])
        case .daemon:
            return workload(kind: "DaemonSet", name: name, spec: template(name, pod: pod))
        case .job:
            return workload(kind: "Job", name: name, spec: [backoffLimit()] + template(name, pod: pod, selector: false))
        case .pod:
            return .mapping([
                YAMLEntry("apiVersion", .string("v1")),
                YAMLEntry("kind", .string("Pod")),
                YAMLEntry("metadata", metadata(name)),
                YAMLEntry("spec", .mapping(pod)),
            ])
        }
    }

    /// The Service of the main workload: for its ports where it serves; always headless for a StatefulSet.
    func mainService() -> YAMLNode? {
        let main = design.main
        if main.workload == .stateful { return service(design.name, ports: main.ports, headless: true) }
        guard main.workload.serves, !main.ports.isEmpty else { return nil }
        return service(design.name, ports: main.ports, headless: false)
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
        let comment = text[.manifestSeparate, [
            "name": name, "kind": kind.rawValue, "rule": item.rule.rawValue, "reach": reach(item),
        ]]
        switch kind {
        case .deployment:
            let root = workload(kind: "Deployment", name: name, spec: [replicas(1)] + template(name, pod: [
                YAMLEntry("containers", .sequence([.mapping(container)])),
            ]))
            var documents = [YAMLDocument(comments: [comment], root: root)]
            if !companion.ports.isEmpty {
                documents.append(YAMLDocument(root: service(name, ports: companion.ports, headless: false)))
            }
            return documents
        case .statefulSet:
            let root = workload(kind: "StatefulSet", name: name, spec: [
                YAMLEntry("serviceName", .string(name)), replicas(1),
            ] + template(name, pod: [YAMLEntry("containers", .sequence([.mapping(container)]))]) + [claimTemplates()])
            return [
                YAMLDocument(comments: [comment], root: root),
                YAMLDocument(root: service(name, ports: companion.ports, headless: true)),
            ]
        case .job:
            let root = workload(kind: "Job", name: name, spec: [backoffLimit()] + template(name, pod: [
                YAMLEntry("restartPolicy", .string("Never")),
                YAMLEntry("containers", .sequence([.mapping(container)])),
            ], selector: false))
            return [YAMLDocument(comments: [comment], root: root)]
        }
    }

    /// How the main container reaches a separated companion, in words.
    public func reach(_ item: CompanionDecision) -> String {
        guard case let .separate(kind) = item.placement else { return "" }
        let name = item.companion.name
        let values = ["main": design.main.name, "name": name, "port": item.companion.ports.first.map { String($0.number) } ?? ""]
        switch kind {
        case .job: return text[.reachJob, values]
        case .deployment: return text[item.companion.ports.isEmpty ? .reachServiceNoPort : .reachService, values]
        case .statefulSet: return text[item.companion.ports.isEmpty ? .reachStatefulSetNoPort : .reachStatefulSet, values]
        }
    }
}
