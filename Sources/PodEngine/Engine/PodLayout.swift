import PodModel

/// One decided pod: the container it is built around, its kind, which companions are init containers, which
/// regular containers, and the volumes.
public struct PodLayout: Hashable, Sendable {
    /// The container the pod is built around: the main container, or a companion placed apart.
    public var host: String
    /// The kind of workload that runs the pod.
    public var kind: WorkloadKind
    /// Companions emitted under `initContainers`, in the order they start.
    public var initContainers: [CompanionDecision]
    /// Companions emitted under `containers` after the host container.
    public var containers: [CompanionDecision]
    public var volumes: [SharedVolume]

    /// The name of the volume claim each pod of a StatefulSet mounts; no shared volume may take it.
    public static let dataClaimName = "data"

    public init(
        host: String, kind: WorkloadKind, initContainers: [CompanionDecision] = [], containers: [CompanionDecision] = [],
        volumes: [SharedVolume] = []
    ) {
        self.host = host
        self.kind = kind
        self.initContainers = initContainers
        self.containers = containers
        self.volumes = volumes
    }

    /// How many containers the pod holds, the host container included.
    public var containerCount: Int { 1 + initContainers.count + containers.count }

    /// The companions of the pod, init containers first, in the order they are emitted.
    public var companions: [CompanionDecision] { initContainers + containers }

    /// Whether the container runs in this pod.
    public func holds(_ container: String) -> Bool {
        container == host || initContainers.contains { $0.companion.name == container }
            || containers.contains { $0.companion.name == container }
    }

    /// The volumes that a container mounts, in volume order.
    public func volumes(mountedBy container: String) -> [SharedVolume] {
        volumes.filter { $0.containers.contains(container) }
    }

    /// What `volumes(mountedBy:)` gives each container that mounts a volume, by its name, built in one pass.
    public var volumesByContainer: [String: [SharedVolume]] {
        var mounts: [String: [SharedVolume]] = [:]
        for volume in volumes {
            for container in Set(volume.containers) { mounts[container, default: []].append(volume) }
        }
        return mounts
    }
}
