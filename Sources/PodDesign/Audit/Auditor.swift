import PodEngine
import PodModel

/// The engine's rules read backwards, and the mistakes only a manifest can make: the findings of one pod found in
/// an existing manifest, and of a HorizontalPodAutoscaler over one.
public enum Auditor {
    /// The catalogue kinds of helpers that keep running: under `initContainers` they need `restartPolicy: Always`.
    static let longRunningKinds: Set<ImageKind> = [
        .logShipper, .telemetry, .meshProxy, .databaseProxy, .authProxy, .secretsAgent, .gitSync, .exporter, .configReloader,
    ]

    /// The catalogue kinds of native sidecars the main container needs before it starts: its traffic, its database
    /// connection or its secrets go through them.
    static let neededFirstKinds: Set<ImageKind> = [.meshProxy, .databaseProxy, .secretsAgent]

    /// Every finding of the pod for the target version, in container order, without the rules it opts out of.
    public static func audit(_ pod: AuditedPod, file: String, target: KubernetesVersion) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        func add(_ rule: AuditRule, _ container: PodContainer, at location: SourceLocation? = nil, _ facts: [String: String] = [:]) {
            findings.append(AuditFinding(
                check: rule, level: rule.level, file: file, location: location ?? container.location,
                resource: pod.resource, container: container.name, facts: facts
            ))
        }
        let shape = pod.shape
        let pairs = Array(zip(shape.containers, pod.details))
        for conflict in shape.portConflicts {
            add(.conflictPort, conflict.container, at: conflict.port.location, ["port": conflict.port.label, "other": conflict.other])
        }
        for container in shape.nativeSidecars(unsupportedOn: target) {
            add(.nativeUnsupported, container, ["target": target.description, "first": KubernetesVersion.nativeSidecars.description])
        }
        let regular = shape.regular
        for (container, details) in pairs where container.kind == .initContainer {
            if !details.runsOnce, let entry = ImageCatalogue.entry(for: container.image), longRunningKinds.contains(entry.kind) {
                add(.initNeverExits, container, ["image": entry.name])
            }
            if !details.probes.isEmpty { add(.initProbe, container, ["probe": details.probes.joined(separator: ", ")]) }
        }
        if let main = regular.first {
            for (container, details) in pairs where container.kind == .nativeSidecar && !details.hasStartupProbe {
                guard let entry = ImageCatalogue.entry(for: container.image), neededFirstKinds.contains(entry.kind),
                      entry.probe != nil || entry.startupProbe != nil else { continue }
                add(.nativeNoStartupProbe, container, ["image": entry.name, "main": main.name])
            }
        }
        for container in shape.classicSidecarsInJob { add(.jobClassicSidecar, container, ["count": String(regular.count)]) }
        let longRunning = shape.longRunning
        let applications = longRunning.filter { !ImageCatalogue.isStateful($0) && !ImageCatalogue.isHelper($0) }
        let stateful = longRunning.filter { ImageCatalogue.isStateful($0) }
        if !applications.isEmpty {
            for container in stateful {
                add(.colocateStateful, container, [
                    "image": container.repositoryName, "others": applications.map(\.name).joined(separator: ", "),
                ])
            }
        } else if let first = stateful.first {
            let system = { (container: PodContainer) in ImageCatalogue.entry(for: container.image)?.name ?? container.repositoryName }
            for container in stateful.dropFirst() where system(container) != system(first) {
                add(.colocateTwoStateful, container, [
                    "image": container.repositoryName, "other": first.name, "otherImage": first.repositoryName,
                ])
            }
        }
        if longRunning.count > 1, !pod.sharesProcesses, !longRunning.contains(where: \.mentionsLocalhost) {
            let main = regular.first ?? longRunning[0]
            for (container, details) in pairs where container.kind.longRunning && container != main
                && isolated(container, details, in: shape) {
                add(.colocateNoChannel, container)
            }
        }
        if shape.isCrowded {
            add(.podCrowded, longRunning[PodShape.longRunningLimit], ["count": String(longRunning.count)])
        }
        for (container, details) in pairs where container.kind.longRunning {
            if let readiness = details.readiness, readiness == details.liveness { add(.probeSameReadinessLiveness, container) }
        }
        return findings.filter { !pod.ignores($0.check) }
    }

    /// The findings of a HorizontalPodAutoscaler over a pod found in the input, placed at the pod's containers.
    public static func audit(_ scaler: AuditedScaler, over pod: AuditedPod, file: String) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        func add(_ rule: AuditRule, _ container: PodContainer, _ facts: [String: String]) {
            findings.append(AuditFinding(
                check: rule, level: rule.level, file: file, location: container.location,
                resource: pod.resource, container: container.name, facts: facts.merging(["hpa": scaler.resource]) { $1 }
            ))
        }
        let pairs = zip(pod.shape.containers, pod.details).filter { $0.0.kind.longRunning }
        if scaler.cpuUtilization {
            for (container, details) in pairs where !details.requestsCPU { add(.hpaMissingCPURequest, container, [:]) }
        }
        if !scaler.podResources.isEmpty, pairs.count > 1, let main = pod.shape.regular.first {
            add(.hpaPodMetric, main, [
                "resource": scaler.podResources.joined(separator: ", "), "count": String(pairs.count), "main": main.name,
            ])
        }
        return findings.filter { !pod.ignores($0.check) }
    }

    /// A helper that shares no volume with any other container, exposes no port (declared, or checked by a probe),
    /// and is not a mesh proxy (which intercepts the pod's traffic without being named).
    static func isolated(_ container: PodContainer, _ details: AuditedContainer, in pod: PodShape) -> Bool {
        guard container.ports.isEmpty, !details.probesAPort, !isMeshProxy(container) else { return false }
        let others = pod.containers.filter { $0 != container }.flatMap(\.volumes)
        return !container.volumes.contains(where: others.contains)
    }

    /// Whether the container is a mesh proxy: by the image catalogue, or by the names meshes give their proxies.
    static func isMeshProxy(_ container: PodContainer) -> Bool {
        ImageCatalogue.entry(for: container.image)?.kind == .meshProxy || ["istio-proxy", "linkerd-proxy"].contains(container.name)
    }
}
