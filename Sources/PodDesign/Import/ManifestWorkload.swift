import PodEngine
import PodModel
import Yams

/// An object of a manifest that holds a pod, as `import` reads it.
struct ManifestWorkload: Hashable, Sendable {
    var kind: WorkloadKind
    var name: String
    var location: SourceLocation
    var replicas: Int?
    /// `app.kubernetes.io/part-of`, which ties a starter manifest's workloads to its design.
    var partOf: String?
    /// The `podwright.dev/design` annotation, with where it is written.
    var annotation: Located<String>?
    var containers: [ManifestContainer]
    /// Volumes that can carry files between containers (not configMap, secret, projected or downwardAPI).
    var sharingVolumes: Set<String>

    /// Where its main container is: the first regular container.
    var mainIndex: Int { containers.firstIndex { $0.kind == .regular } ?? 0 }

    /// `Kind/name`.
    var resource: String { "\(kind.rawValue)/\(name)" }

    /// The workload kind a design uses for it.
    var workload: Workload {
        switch kind {
        case .statefulSet: .stateful
        case .daemonSet: .daemon
        case .job, .cronJob: .job
        case .pod: .pod
        case .deployment, .replicaSet: .service
        }
    }

    static let configVolumeKinds: Set<String> = ["configMap", "secret", "projected", "downwardAPI"]

    /// The pod-holding objects of one parsed document (a `List` is opened).
    static func read(_ node: Node, lineOffset: Int) -> [ManifestWorkload] {
        guard let kindName = node["kind"]?.string else { return [] }
        if kindName.hasSuffix("List") { return (node["items"]?.sequence ?? []).flatMap { read($0, lineOffset: lineOffset) } }
        guard let kind = WorkloadKind(rawValue: kindName) else { return [] }
        let metadata = node["metadata"]
        let template = PodReader.template(of: node, kind: kind)
        guard let spec = template?["spec"] else { return [] }
        var containers: [ManifestContainer] = []
        for (key, containerKind) in [("initContainers", ContainerKind.initContainer), ("containers", .regular)] {
            for item in spec[key]?.sequence ?? [] {
                let native = containerKind == .initContainer && item["restartPolicy"]?.string == "Always"
                containers.append(container(item, kind: native ? .nativeSidecar : containerKind, lineOffset: lineOffset))
            }
        }
        let volumes = (spec["volumes"]?.sequence ?? []).compactMap { volume -> String? in
            guard let name = volume["name"]?.string else { return nil }
            let kinds = volume.mapping?.keys.compactMap(\.string) ?? []
            return kinds.contains(where: configVolumeKinds.contains) ? nil : name
        }
        let annotation = metadata?["annotations"]?[DesignAnnotation.key]
        return [ManifestWorkload(
            kind: kind, name: metadata?["name"]?.string ?? kind.rawValue.lowercased(),
            location: PodReader.location(node, lineOffset), replicas: node["spec"]?["replicas"]?.string.flatMap { Int($0) },
            partOf: metadata?["labels"]?["app.kubernetes.io/part-of"]?.string,
            annotation: annotation?.string.map { Located($0, at: PodReader.location(annotation!, lineOffset)) },
            containers: containers, sharingVolumes: Set(volumes)
        )]
    }

    static func container(_ node: Node, kind: ContainerKind, lineOffset: Int) -> ManifestContainer {
        let base = PodReader.container(node, kind: kind, lineOffset: lineOffset)
        let mounts = (node["volumeMounts"]?.sequence ?? []).compactMap { mount -> ManifestMount? in
            guard let volume = mount["name"]?.string, let path = mount["mountPath"]?.string else { return nil }
            return ManifestMount(volume: volume, path: path, location: PodReader.location(mount, lineOffset))
        }
        return ManifestContainer(
            name: base.name, image: base.image, kind: kind, ports: base.ports, mounts: mounts,
            mentionsLocalhost: base.mentionsLocalhost,
            settings: ContainerSettings(manifestContainer: node).droppingImageDefaults(image: base.image, mounts: mounts),
            location: base.location
        )
    }
}
