import PodModel

extension Advisor {
    /// Runs every check on a decided design, in the order of the design file.
    static func checks(_ decision: Decision) -> [Finding] {
        let design = decision.design
        let shapes = decision.shapes(of: decision.pods)
        let hostPositions = design.companions.firstPositions(by: \.name)
        let hosts = decision.pods.map { decision.hostContainer(of: $0, positions: hostPositions) }
        var findings = plainSecrets(design.main.name, design.main.settings, at: design.main.location)
        if design.sidecarStyle == .native, !decision.target.hasNativeSidecars {
            findings.append(Finding(
                check: .nativeUnsupported, location: design.sidecarStyleLocation, container: design.main.name,
                facts: ["target": decision.target.description, "first": KubernetesVersion.nativeSidecars.description]
            ))
        }
        for conflict in shapes.flatMap(\.portConflicts) {
            findings.append(Finding(
                check: .conflictPort, location: conflict.port.location, container: conflict.container.name,
                facts: ["port": conflict.port.label, "other": conflict.other]
            ))
        }
        let classicSidecarsInJob = Set(shapes.flatMap(\.classicSidecarsInJob).map(\.name))
        let positions = decision.companions.firstPositions(by: \.companion.name)
        for item in decision.companions {
            findings += servesColocated(item, decision, positions: positions)
            findings += contradictions(item.companion)
            findings += plainSecrets(item.companion.name, item.companion.settings, at: item.companion.location)
            findings += checks(item, classicSidecarInJob: classicSidecarsInJob.contains(item.companion.name))
        }
        for (layout, host) in zip(decision.pods, hosts) { findings += initChecks(layout, host: host) }
        for (shape, host) in zip(shapes, hosts) where shape.isCrowded {
            findings.append(Finding(
                check: .podCrowded, location: host.location, container: host.name,
                facts: ["count": String(shape.longRunning.count)]
            ))
        }
        return findings
    }

    /// `serves.colocated`: a companion serves one that is itself placed beside another container, so it has no pod
    /// of its own to join (the engine puts it in the pod that one joins). `positions` finds a companion by name.
    private static func servesColocated(_ item: CompanionDecision, _ decision: Decision, positions: [String: Int]) -> [Finding] {
        guard let served = item.companion.serves, let target = positions[served].map({ decision.companions[$0] }),
              target.placement.role != nil else { return [] }
        return [Finding(
            check: .servesColocated, location: item.companion.servesLocation ?? item.companion.location,
            container: item.companion.name, facts: ["found": served, "host": target.host]
        )]
    }

    /// `env.plain-secret`: the variables of a container's `env` that hold a secret in plain text.
    private static func plainSecrets(_ container: String, _ settings: ContainerSettings, at location: SourceLocation) -> [Finding] {
        let names = settings.plainSecrets
        guard !names.isEmpty else { return [] }
        return [Finding(check: .envPlainSecret, location: location, container: container, facts: ["names": names.joined(separator: ", ")])]
    }

    /// `answer.contradicts-image`: each given answer that goes against what the image catalogue says of the image.
    private static func contradictions(_ companion: Companion) -> [Finding] {
        guard let entry = companion.imageEntry else { return [] }
        return companion.contradictions(of: entry).map { answer in
            Finding(
                check: .answerContradictsImage, location: companion.answerLocations[answer.question] ?? companion.location,
                container: companion.name, facts: [
                    "image": entry.name, "kind": entry.kind.rawValue, "question": answer.question.rawValue,
                    "expected": (entry.answers[answer.question] ?? []).map(\.word).joined(separator: " / "), "answer": answer.word,
                ]
            )
        }
    }

    /// The checks of one companion; `classicSidecarInJob` says whether it is a regular container beside the main one in a Job.
    private static func checks(_ item: CompanionDecision, classicSidecarInJob: Bool) -> [Finding] {
        let companion = item.companion
        let here = companion.location
        var findings: [Finding] = []
        guard let role = item.placement.role else {
            if !companion.sharedPaths.isEmpty {
                findings.append(Finding(
                    check: .separateSharedPath, location: here, container: companion.name,
                    facts: ["paths": companion.sharedPaths.joined(separator: ", ")]
                ))
            }
            return findings
        }
        switch role {
        case .initContainer:
            findings.append(Finding(check: .initIdempotent, location: here, container: companion.name))
        case .ambassador where companion.localPort == nil:
            findings.append(Finding(check: .ambassadorNoLocalPort, location: here, container: companion.name))
        case .sidecar, .adapter:
            if companion.sharedPaths.isEmpty, companion.ports.isEmpty, companion.localPort == nil {
                findings.append(Finding(
                    check: .colocateNoChannel, location: here, container: companion.name,
                    facts: ["role": role.rawValue]
                ))
            }
        case .ambassador:
            break
        }
        if classicSidecarInJob {
            findings.append(Finding(
                check: .jobClassicSidecar, location: here, container: companion.name,
                facts: ["role": role.rawValue]
            ))
        }
        return findings
    }
}
