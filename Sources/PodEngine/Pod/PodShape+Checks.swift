import PodModel

extension PodShape {
    /// The most long-running containers a pod holds before it counts as crowded.
    public static let longRunningLimit = 4

    /// Every port declared a second time in the pod, by number and protocol, in container order (`conflict.port`).
    public var portConflicts: [PortConflict] {
        var claims = PortClaims()
        var conflicts: [PortConflict] = []
        for container in containers {
            for port in container.ports {
                if let other = claims.claim(port, by: container.name) {
                    conflicts.append(PortConflict(container: container, port: port, other: other))
                }
            }
        }
        return conflicts
    }

    /// Whether the pod has more long-running containers than the limit (`pod.crowded`); init containers that
    /// run to completion do not count.
    public var isCrowded: Bool { longRunning.count > Self.longRunningLimit }

    /// The regular containers after the first in a pod that runs to completion: the Job completes only when
    /// all of them exit (`job.classic-sidecar`).
    public var classicSidecarsInJob: [PodContainer] {
        let regular = regular
        return kind.runsToCompletion && regular.count > 1 ? Array(regular.dropFirst()) : []
    }

    /// The native sidecars, when the target version is older than the first that has them (`native.unsupported`).
    public func nativeSidecars(unsupportedOn target: KubernetesVersion) -> [PodContainer] {
        target.hasNativeSidecars ? [] : containers.filter { $0.kind == .nativeSidecar }
    }
}
