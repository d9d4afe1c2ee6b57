import PodModel

extension Decision {
    /// The main pod as the checks read it.
    public var mainPodShape: PodShape { shape(of: pod) }

    /// A pod as the checks read it: the host container, then each companion in it in design order, with the volumes
    /// it mounts and the ports it listens on (an ambassador's localPort counts, as TCP).
    public func shape(of layout: PodLayout) -> PodShape { shapes(of: [layout])[0] }

    /// Several pods as `shape(of:)` reads each; the companions and hosts are found by name, in tables built once
    /// for all the pods rather than by a pass over every companion for each pod.
    public func shapes(of layouts: [PodLayout]) -> [PodShape] {
        let colocated = colocated
        var positions: [String: [Int]] = [:]
        for (position, item) in colocated.enumerated() { positions[item.companion.name, default: []].append(position) }
        let hosts = design.companions.firstPositions(by: \.name)
        return layouts.map { layout in
            let host = hostContainer(of: layout, positions: hosts)
            let mounts = layout.volumesByContainer
            var hostVolumes = (mounts[host.name] ?? []).map(\.name)
            if layout.kind == .statefulSet { hostVolumes.append(PodLayout.dataClaimName) }
            var containers = [PodContainer(
                name: host.name, image: host.image, kind: .regular, ports: host.ports, volumes: hostVolumes, location: host.location
            )]
            // The co-located companions the pod holds (by the names it holds), in design order.
            let names = [layout.host] + layout.companions.map(\.companion.name)
            for position in Set(names.flatMap { positions[$0] ?? [] }).sorted() {
                let item = colocated[position]
                let companion = item.companion
                var ports = companion.ports
                if item.placement.role == .ambassador, let local = companion.localPort {
                    ports.append(Port(number: local, location: companion.localPortLocation ?? companion.location))
                }
                let kind: ContainerKind = item.placement.role == .initContainer ? .initContainer
                    : item.placement.isNative ? .nativeSidecar : .regular
                containers.append(PodContainer(
                    name: companion.name, image: companion.image, kind: kind, ports: ports,
                    volumes: (mounts[companion.name] ?? []).map(\.name), location: companion.location
                ))
            }
            return PodShape(kind: layout.kind, containers: containers)
        }
    }

    /// The container a pod is built around, as the design writes it.
    public func hostContainer(of layout: PodLayout) -> PodHost {
        podHost(design.companions.first { $0.name == layout.host })
    }

    /// `hostContainer(of:)`, finding the companion through `positions`, `design.companions.firstPositions(by: \.name)`.
    func hostContainer(of layout: PodLayout, positions: [String: Int]) -> PodHost {
        podHost(positions[layout.host].map { design.companions[$0] })
    }

    /// The host of a pod: the companion placed apart that it is built around, else the main container.
    private func podHost(_ companion: Companion?) -> PodHost {
        if let companion {
            return PodHost(name: companion.name, image: companion.image, ports: companion.ports, location: companion.location, replicas: 1)
        }
        let main = design.main
        return PodHost(
            name: main.name, image: main.image, ports: main.ports, location: main.location,
            replicas: main.workload.hasReplicas ? main.replicas : 1
        )
    }
}
