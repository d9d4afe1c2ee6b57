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
        var claims = PortClaims()
        for container in pod.containers {
            for port in container.ports {
                if let other = claims.claim(port, by: container.name) {
                    add(.conflictPort, container, at: port.location, ["port": port.label, "other": other])
                }
            }
        }
        if !target.hasNativeSidecars {
            for container in pod.containers where container.kind == .nativeSidecar {
                add(.nativeUnsupported, container, ["target": target.description, "first": KubernetesVersion.nativeSidecars.description])
            }
        }
        let regular = pod.containers.filter { $0.kind == .regular }
        if pod.runsToCompletion, regular.count > 1 {
            for container in regular.dropFirst() { add(.jobClassicSidecar, container, ["count": String(regular.count)]) }
        }
        let longRunning = pod.longRunning
        let applications = longRunning.filter { !ImageFamilies.isStateful($0) && !ImageFamilies.isHelper($0) }
        if !applications.isEmpty {
            for container in longRunning where ImageFamilies.isStateful(container) {
                add(.colocateStateful, container, [
                    "image": container.repositoryName, "others": applications.map(\.name).joined(separator: ", "),
                ])
            }
        }
        if longRunning.count > 1, !longRunning.contains(where: \.mentionsLocalhost) {
            let main = regular.first ?? longRunning[0]
            for container in longRunning where container != main && isolated(container, in: pod) {
                add(.colocateNoChannel, container)
            }
        }
        if longRunning.count > 4 {
            add(.podCrowded, longRunning[4], ["count": String(longRunning.count)])
        }
        return findings.filter { !pod.ignored.contains($0.check.rawValue) && !pod.ignored.contains("all") }
    }

    /// A helper that shares no volume with any other container and exposes no port.
    static func isolated(_ container: PodContainer, in pod: AuditedPod) -> Bool {
        guard container.ports.isEmpty else { return false }
        let others = pod.containers.filter { $0 != container }.flatMap(\.volumes)
        return !container.volumes.contains(where: others.contains)
    }
}
