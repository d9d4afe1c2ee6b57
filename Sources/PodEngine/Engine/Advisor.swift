import PodModel

/// The decision engine: pure functions from a design to a decision.
public enum Advisor {
    /// Decides every companion of the design, lays out each pod and runs the checks.
    public static func decide(_ design: Design) -> Decision {
        let target = design.target
        let native = design.sidecarStyle.isNative(on: target)
        var companions = design.companions.map { decide($0, native: native, serving: design.served(by: $0)) }
        let apart = Set(companions.filter { $0.placement.role == nil }.map(\.companion.name))
        let positions = design.companions.firstPositions(by: \.name)
        for index in companions.indices where companions[index].placement.role != nil {
            companions[index].host = podHost(of: companions[index].host, in: design, apart: apart, positions: positions)
        }
        // The co-located companions by the container whose pod they join, in design order, so that each pod's
        // layout reads only its own companions.
        var joining: [String: [CompanionDecision]] = [:]
        for item in companions where item.placement.role != nil { joining[item.host, default: []].append(item) }
        var pods = [layout(joining[design.main.name] ?? [], host: design.main.name, kind: design.main.workload.kind, native: native)]
        for item in companions {
            guard case let .separate(workload) = item.placement else { continue }
            pods.append(layout(joining[item.companion.name] ?? [], host: item.companion.name, kind: workload.kind, native: native))
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
    /// `positions` is `design.companions.firstPositions(by: \.name)`.
    static func podHost(of name: String, in design: Design, apart: Set<String>, positions: [String: Int]) -> String {
        var current = name
        var seen: Set<String> = []
        while current != design.main.name, !apart.contains(current), seen.insert(current).inserted,
              let position = positions[current] {
            current = design.served(by: design.companions[position])
        }
        return current == design.main.name || apart.contains(current) ? current : design.main.name
    }

    /// Orders the companions co-located with `host` and gathers the shared volumes of its pod; a StatefulSet's pod
    /// keeps the name of its `data` claim for it. `decisions` may be every companion or only those joining `host`.
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
        // Each path once, in the order first met, with the companions that share it, in design order.
        var paths: [String] = []
        var users: [String: [String]] = [:]
        for decision in colocated {
            var seen: Set<String> = []
            for path in decision.companion.sharedPaths where seen.insert(path).inserted {
                if users[path] == nil { paths.append(path) }
                users[path, default: []].append(decision.companion.name)
            }
        }
        let reserved: Set<String> = kind == .statefulSet ? [PodLayout.dataClaimName] : []
        let names = SharedVolume.names(for: paths, reserved: reserved)
        pod.volumes = zip(paths, names).map { path, name in
            SharedVolume(name: name, path: path, containers: [host] + (users[path] ?? []))
        }
        return pod
    }
}
