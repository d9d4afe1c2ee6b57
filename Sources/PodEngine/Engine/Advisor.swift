import PodModel

/// The decision engine: pure functions from a design to a decision.
public enum Advisor {
    /// Decides every companion of the design, lays out the main pod and runs the checks.
    public static func decide(_ design: Design) -> Decision {
        let target = design.target
        let native = design.sidecarStyle.isNative(on: target)
        let companions = design.companions.map { decide($0, native: native) }
        let reserved: Set<String> = design.main.workload == .stateful ? [PodLayout.dataClaimName] : []
        let pod = layout(companions, main: design.main.name, native: native, reserved: reserved)
        var decision = Decision(
            design: design, target: target, nativeSidecars: native,
            companions: companions, pod: pod, findings: []
        )
        decision.findings = checks(decision)
        return decision
    }

    /// Places one companion: the first rule that holds decides.
    public static func decide(_ companion: Companion, native: Bool) -> CompanionDecision {
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
        return CompanionDecision(companion: companion, rule: rule, placement: placement)
    }

    /// Orders the co-located companions and gathers the shared volumes of the main pod.
    /// `reserved` holds volume names already taken (a StatefulSet's `data` claim).
    static func layout(_ decisions: [CompanionDecision], main: String, native: Bool, reserved: Set<String> = []) -> PodLayout {
        let colocated = decisions.filter { $0.placement.role != nil }
        func having(_ roles: Set<Role>) -> [CompanionDecision] {
            colocated.filter { roles.contains($0.placement.role!) }
        }
        var pod = PodLayout()
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
        let names = SharedVolume.names(for: paths, reserved: reserved)
        pod.volumes = zip(paths, names).map { path, name in
            let users = colocated.filter { $0.companion.sharedPaths.contains(path) }.map(\.companion.name)
            return SharedVolume(name: name, path: path, containers: [main] + users)
        }
        return pod
    }
}
