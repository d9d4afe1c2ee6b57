import PodEngine
import PodModel

/// The engine's rules read backwards: the findings of one pod found in an existing manifest.
public enum Auditor {
    /// Every finding of the pod for the target version, in container order, without the rules it opts out of.
    public static func audit(_ pod: AuditedPod, file: String, target: KubernetesVersion) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        func add(_ check: CheckID, _ container: PodContainer, at location: SourceLocation? = nil, _ facts: [String: String] = [:]) {
            findings.append(AuditFinding(
                check: check, level: check.auditLevel, file: file, location: location ?? container.location,
                resource: pod.resource, container: container.name, facts: facts
            ))
        }
        let shape = pod.shape
        for conflict in shape.portConflicts {
            add(.conflictPort, conflict.container, at: conflict.port.location, ["port": conflict.port.label, "other": conflict.other])
        }
        for container in shape.nativeSidecars(unsupportedOn: target) {
            add(.nativeUnsupported, container, ["target": target.description, "first": KubernetesVersion.nativeSidecars.description])
        }
        let regular = shape.regular
        for container in shape.classicSidecarsInJob { add(.jobClassicSidecar, container, ["count": String(regular.count)]) }
        let longRunning = shape.longRunning
        let applications = longRunning.filter { !ImageCatalogue.isStateful($0) && !ImageCatalogue.isHelper($0) }
        if !applications.isEmpty {
            for container in longRunning where ImageCatalogue.isStateful(container) {
                add(.colocateStateful, container, [
                    "image": container.repositoryName, "others": applications.map(\.name).joined(separator: ", "),
                ])
            }
        }
        if longRunning.count > 1, !longRunning.contains(where: \.mentionsLocalhost) {
            let main = regular.first ?? longRunning[0]
            for container in longRunning where container != main && isolated(container, in: shape) {
                add(.colocateNoChannel, container)
            }
        }
        if shape.isCrowded {
            add(.podCrowded, longRunning[PodShape.longRunningLimit], ["count": String(longRunning.count)])
        }
        return findings.filter { !pod.ignored.contains($0.check.rawValue) && !pod.ignored.contains("all") }
    }

    /// A helper that shares no volume with any other container and exposes no port.
    static func isolated(_ container: PodContainer, in pod: PodShape) -> Bool {
        guard container.ports.isEmpty else { return false }
        let others = pod.containers.filter { $0 != container }.flatMap(\.volumes)
        return !container.volumes.contains(where: others.contains)
    }
}
