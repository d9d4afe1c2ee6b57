import PodModel

extension Decision {
    /// The main pod as the checks read it.
    public var mainPodShape: PodShape { shape(of: pod) }

    /// A pod as the checks read it: the host container, then each companion in it in design order, with the volumes
    /// it mounts and the ports it listens on (an ambassador's localPort counts, as TCP).
    public func shape(of layout: PodLayout) -> PodShape {
        let host = hostContainer(of: layout)
        var hostVolumes = layout.volumes(mountedBy: host.name).map(\.name)
        if layout.kind == .statefulSet { hostVolumes.append(PodLayout.dataClaimName) }
        var containers = [PodContainer(
            name: host.name, image: host.image, kind: .regular, ports: host.ports, volumes: hostVolumes, location: host.location
        )]
        for item in colocated where layout.holds(item.companion.name) {
            let companion = item.companion
            var ports = companion.ports
            if item.placement.role == .ambassador, let local = companion.localPort {
                ports.append(Port(number: local, location: companion.localPortLocation ?? companion.location))
            }
            let kind: ContainerKind = item.placement.role == .initContainer ? .initContainer
                : item.placement.isNative ? .nativeSidecar : .regular
            containers.append(PodContainer(
                name: companion.name, image: companion.image, kind: kind, ports: ports,
                volumes: layout.volumes(mountedBy: companion.name).map(\.name), location: companion.location
            ))
        }
        return PodShape(kind: layout.kind, containers: containers)
    }

    /// The container a pod is built around, as the design writes it.
    public func hostContainer(of layout: PodLayout) -> PodHost {
        if let companion = design.companions.first(where: { $0.name == layout.host }) {
            return PodHost(name: companion.name, image: companion.image, ports: companion.ports, location: companion.location, replicas: 1)
        }
        let main = design.main
        return PodHost(
            name: main.name, image: main.image, ports: main.ports, location: main.location,
            replicas: main.workload.hasReplicas ? main.replicas : 1
        )
    }
}
