extension Advisor {
    /// Runs every check on a decided design, in the order of the design file.
    static func checks(_ decision: Decision) -> [Finding] {
        let design = decision.design
        var findings: [Finding] = []
        if design.sidecarStyle == .native, !decision.target.hasNativeSidecars {
            findings.append(Finding(
                check: .nativeUnsupported, location: design.sidecarStyleLocation, container: design.main.name,
                facts: ["target": decision.target.description, "first": KubernetesVersion.nativeSidecars.description]
            ))
        }
        findings += portConflicts(decision)
        for item in decision.companions {
            findings += checks(item, in: decision)
        }
        if decision.pod.containerCount > 4 {
            findings.append(Finding(
                check: .podCrowded, location: design.main.location, container: design.main.name,
                facts: ["count": String(decision.pod.containerCount)]
            ))
        }
        return findings
    }

    private static func checks(_ item: CompanionDecision, in decision: Decision) -> [Finding] {
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
        if role.runsAlongside, !item.placement.isNative, decision.design.main.workload == .job {
            findings.append(Finding(
                check: .jobClassicSidecar, location: here, container: companion.name,
                facts: ["role": role.rawValue]
            ))
        }
        return findings
    }

    /// Two declarations of one port and protocol in the main pod (an ambassador's localPort counts as TCP).
    private static func portConflicts(_ decision: Decision) -> [Finding] {
        var claims = PortClaims()
        var findings: [Finding] = []
        func claim(_ port: Port, by container: String) {
            guard let other = claims.claim(port, by: container) else { return }
            findings.append(Finding(
                check: .conflictPort, location: port.location, container: container,
                facts: ["port": port.label, "other": other]
            ))
        }
        let main = decision.design.main
        for port in main.ports { claim(port, by: main.name) }
        for item in decision.colocated {
            let companion = item.companion
            for port in companion.ports { claim(port, by: companion.name) }
            if item.placement.role == .ambassador, let local = companion.localPort {
                claim(Port(number: local, location: companion.localPortLocation ?? companion.location), by: companion.name)
            }
        }
        return findings
    }
}
