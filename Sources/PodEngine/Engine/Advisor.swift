import PodModel

/// The decision engine: pure functions from a design to a decision.
public enum Advisor {
    /// Decides every companion of the design, lays out each pod and runs the checks.
    public static func decide(_ design: Design) -> Decision {
        let target = design.target
        let native = design.sidecarStyle.isNative(on: target)
        var companions = design.companions.map { decide($0, native: native, serving: design.served(by: $0)) }
        let apart = Set(companions.filter { $0.placement.role == nil }.map(\.companion.name))
        for index in companions.indices where companions[index].placement.role != nil {
            companions[index].host = podHost(of: companions[index].host, in: design, apart: apart)
        }
        var pods = [layout(companions, host: design.main.name, kind: design.main.workload.kind, native: native)]
        for item in companions {
            guard case let .separate(workload) = item.placement else { continue }
            pods.append(layout(companions, host: item.companion.name, kind: workload.kind, native: native))
        }
        var decision = Decision(
            design: design, target: target, nativeSidecars: native,
            companions: companions, pods: pods, findings: []
        )
        decision.findings = checks(decision)
        return decision
    }

    /// Places one companion, helping the container named `host`: the first rule that holds decides.
    public static func decide(_ companion: Companion, native: Bool, serving host: String) -> CompanionDecision {
        let answers = companion.answers
        let rule = Rule.allCases.first { $0.holds(for: answers) } ?? .colocate
        let placement: Placement = switch rule {
        case .separateStateful: .separate(.statefulSet)
        case .separateOncePerRelease: .separate(.job)
        case .separateScaling, .separateIndependent: .separate(.deployment)
        case .colocate:
            .colocated(
                role: Role(answers),
                native: native && answers.timing == .alongside,
                justifications: Justification.allCases.filter { $0.holds(for: answers) }
            )
        }
        return CompanionDecision(companion: companion, rule: rule, placement: placement, host: host)
    }

    /// The container whose pod a companion serving `name` joins: `name` when it runs a pod (the main container, or a
    /// companion placed apart), else the pod `name` itself joins (a design the engine reports as `serves.colocated`).
    static func podHost(of name: String, in design: Design, apart: Set<String>) -> String {
        var current = name
        var seen: Set<String> = []
        while current != design.main.name, !apart.contains(current), seen.insert(current).inserted,
              let companion = design.companions.first(where: { $0.name == current }) {
            current = design.served(by: companion)
        }
        return current == design.main.name || apart.contains(current) ? current : design.main.name
    }

    /// Orders the companions co-located with `host` and gathers the shared volumes of its pod; a StatefulSet's pod
    /// keeps the name of its `data` claim for it.
    static func layout(_ decisions: [CompanionDecision], host: String, kind: WorkloadKind, native: Bool) -> PodLayout {
        let colocated = decisions.filter { $0.placement.role != nil && $0.host == host }
        func having(_ roles: Set<Role>) -> [CompanionDecision] {
            colocated.filter { roles.contains($0.placement.role!) }
        }
        var pod = PodLayout(host: host, kind: kind)
        if native {
            pod.initContainers = having([.ambassador]) + having([.initContainer]) + having([.sidecar, .adapter])
        } else {
            pod.initContainers = having([.initContainer])
            pod.containers = having([.sidecar, .adapter, .ambassador])
        }
        var paths: [String] = []
        for decision in colocated {
            for path in decision.companion.sharedPaths where !paths.contains(path) {
                paths.append(path)
            }
        }
        let reserved: Set<String> = kind == .statefulSet ? [PodLayout.dataClaimName] : []
        let names = SharedVolume.names(for: paths, reserved: reserved)
        pod.volumes = zip(paths, names).map { path, name in
            let users = colocated.filter { $0.companion.sharedPaths.contains(path) }.map(\.companion.name)
            return SharedVolume(name: name, path: path, containers: [host] + users)
        }
        return pod
    }
}
