import PodModel

extension Decision {
    /// The main pod as the checks read it: the main container, then each co-located companion in design order,
    /// with the volumes it mounts and the ports it listens on (an ambassador's localPort counts, as TCP).
    public var mainPodShape: PodShape {
        let main = design.main
        var mainVolumes = pod.volumes(mountedBy: main.name).map(\.name)
        if main.workload == .stateful { mainVolumes.append(PodLayout.dataClaimName) }
        var containers = [PodContainer(
            name: main.name, image: main.image, kind: .regular, ports: main.ports, volumes: mainVolumes, location: main.location
        )]
        for item in colocated {
            let companion = item.companion
            var ports = companion.ports
            if item.placement.role == .ambassador, let local = companion.localPort {
                ports.append(Port(number: local, location: companion.localPortLocation ?? companion.location))
            }
            let kind: ContainerKind = item.placement.role == .initContainer ? .initContainer
                : item.placement.isNative ? .nativeSidecar : .regular
            containers.append(PodContainer(
                name: companion.name, image: companion.image, kind: kind, ports: ports,
                volumes: pod.volumes(mountedBy: companion.name).map(\.name), location: companion.location
            ))
        }
        return PodShape(kind: main.workload.kind, containers: containers)
    }
}
