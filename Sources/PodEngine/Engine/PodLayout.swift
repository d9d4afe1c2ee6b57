/// The main pod as decided: which companions are init containers, which regular containers, and the volumes.
public struct PodLayout: Hashable, Sendable {
    /// Companions emitted under `initContainers`, in the order they start.
    public var initContainers: [CompanionDecision]
    /// Companions emitted under `containers` after the main container.
    public var containers: [CompanionDecision]
    public var volumes: [SharedVolume]

    /// The name of the volume claim each pod of a StatefulSet mounts; no shared volume may take it.
    public static let dataClaimName = "data"

    public init(initContainers: [CompanionDecision] = [], containers: [CompanionDecision] = [], volumes: [SharedVolume] = []) {
        self.initContainers = initContainers
        self.containers = containers
        self.volumes = volumes
    }

    /// How many containers the pod holds, the main container included.
    public var containerCount: Int { 1 + initContainers.count + containers.count }

    /// The volumes that a container mounts, in volume order.
    public func volumes(mountedBy container: String) -> [SharedVolume] {
        volumes.filter { $0.containers.contains(container) }
    }
}
