import PodModel
import PodText

/// One pod of a picture: its title, its containers in start order (init containers first, then the host, then the
/// containers that start beside it) and its shared volumes.
public struct PicturePod: Hashable, Sendable {
    /// A name for the pod that Mermaid and SVG can use as an id (`p0`, `p1`, ...).
    public var id: String
    public var title: String
    public var containers: [PictureContainer]
    public var volumes: [PictureVolume]

    public init(id: String, title: String, containers: [PictureContainer], volumes: [PictureVolume]) {
        self.id = id
        self.title = title
        self.containers = containers
        self.volumes = volumes
    }

    /// The pod of a layout, the `index`th pod of the decision.
    init(_ decision: Decision, _ layout: PodLayout, index: Int, catalog text: Catalog) {
        let id = "p\(index)"
        let host = decision.hostContainer(of: layout)
        // The main pod is named as its workload is: after the design.
        let name = index == 0 ? decision.design.name : layout.host
        var title = text[.diagramPodOf, ["kind": layout.kind.rawValue, "name": name]]
        if (index == 0 && decision.design.main.workload.hasReplicas) || host.replicas > 1 { title += " · " + text[host.replicas == 1 ? .diagramReplica : .diagramReplicas, ["count": String(host.replicas)]] }
        var containers: [PictureContainer] = []
        func add(_ name: String, _ label: String, _ ports: [Port], _ kind: PictureContainer.Kind) {
            containers.append(PictureContainer(id: "\(id)c\(containers.count)", name: name, label: label,
                                               ports: PodDiagram.ports(ports), kind: kind))
        }
        for item in layout.initContainers {
            let role = item.placement.role.map { text[$0.textKey] } ?? ""
            let native = item.placement.isNative
            add(item.companion.name, native ? text[.diagramNative, ["role": role]] : role, item.companion.ports,
                native ? .nativeSidecar : .initContainer)
        }
        add(host.name, text[.diagramMain], host.ports, .main)
        for item in layout.containers {
            add(item.companion.name, item.placement.role.map { text[$0.textKey] } ?? "", item.companion.ports, .sidecar)
        }
        let volumes = layout.volumes.enumerated().map { position, volume in
            PictureVolume(id: "\(id)v\(position)", name: volume.name, path: volume.path,
                          mountedBy: volume.containers.compactMap { name in containers.first { $0.name == name }?.id })
        }
        self.init(id: id, title: title, containers: containers, volumes: volumes)
    }

    /// Whether a container of this id is in the pod.
    func holds(_ id: String) -> Bool { containers.contains { $0.id == id } }

    /// The start order inside the pod: each container that starts before the next one, one link each, labelled.
    func startOrder(then: String) -> [PictureLink] {
        let ordered = containers.prefix { $0.kind != .sidecar }
        return zip(ordered, ordered.dropFirst()).map { PictureLink(from: $0.id, to: $1.id, label: then, kind: .startsBefore) }
    }
}
