import PodModel
import PodText

/// The Markdown record of a decision: the design, each placement with its rule ids and answers,
/// the alternatives rejected and why, the checks, and a drawing of the pods.
public struct DecisionRecord {
    let decision: Decision
    let text: Catalog

    public init(_ decision: Decision, catalog: Catalog) {
        self.decision = decision
        self.text = catalog
    }

    var design: Design { decision.design }

    /// The whole record as Markdown, its pods drawn in the given style.
    public func markdown(diagram: DiagramStyle = .mermaid) -> String {
        var lines = ["# " + text[.recordTitle, ["design": design.name]], ""]
        lines += overview()
        if !design.companions.isEmpty {
            lines += ["", "## " + text[.recordSummary], ""] + summary()
            lines += ["", "## " + text[.recordDecisions]]
            if decision.servesBeyondMain {
                for (host, kind) in workloads() {
                    lines += ["", "### " + text[.recordWorkload, ["name": host, "kind": kind.rawValue]]]
                    for item in decision.companions where item.host == host { lines += [""] + section(item, level: 4) }
                }
            } else {
                for item in decision.companions { lines += [""] + section(item, level: 3) }
            }
        }
        lines += ["", "## " + text[.recordChecks], ""] + checks()
        lines += ["", "## " + text[.recordPods], ""]
        switch diagram {
        case .mermaid: lines += ["```mermaid"] + PodPicture(decision, catalog: text).mermaid() + ["```"]
        case .text: lines += ["```text"] + PodDiagram(decision, catalog: text).lines() + ["```"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func overview() -> [String] {
        let style = text[decision.nativeSidecars ? .styleNative : .styleClassic]
        let values = ["target": decision.target.description, "style": style, "sidecarStyle": design.sidecarStyle.rawValue]
        let main = design.main
        let replicas = main.workload.hasReplicas ? text[main.replicas == 1 ? .recordReplica : .recordReplicas, ["count": String(main.replicas)]] : ""
        let ports = main.ports.isEmpty ? "" : text[.recordPorts, ["ports": main.ports.map(\.label).joined(separator: ", ")]]
        var lines = [
            "- " + text[design.kubernetes == nil ? .recordTargetDefault : .recordTarget, values],
            "- " + text[.recordMain, [
                "name": main.name, "image": main.image, "kind": main.workload.kind.rawValue, "replicas": replicas, "ports": ports,
            ]],
        ]
        if design.companions.isEmpty { lines += ["", text[.recordNoCompanions]] }
        return lines
    }

    func summary() -> [String] {
        var lines = [text[.recordSummaryHeader], "|---|---|---|---|"]
        for item in decision.companions {
            let reasons: String
            if case let .colocated(_, _, justifications) = item.placement {
                reasons = justifications.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            } else {
                reasons = item.rule.questions.map { "\($0.rawValue)=\(item.companion.answers.word(for: $0))" }.joined(separator: ", ")
            }
            lines.append("| \(item.companion.name) | \(placement(item)) | `\(item.rule.rawValue)` | \(reasons) |")
        }
        return lines
    }

    func placement(_ item: CompanionDecision) -> String {
        switch item.placement {
        case let .colocated(role, native, _):
            text[native ? .recordPlacementColocatedNative : .recordPlacementColocated, ["role": text[role.textKey], "main": item.host]]
        case let .separate(workload):
            text[.recordPlacementSeparate, ["kind": workload.kind.rawValue]]
        }
    }

    /// The containers that companions serve, with the kind of the pod each runs in, in the order of the pods; one
    /// that runs no pod of its own (which the engine reports as `serves.colocated`) comes last.
    func workloads() -> [(host: String, kind: WorkloadKind)] {
        var hosts = decision.pods.map(\.host).filter { host in decision.companions.contains { $0.host == host } }
        for item in decision.companions where !hosts.contains(item.host) { hosts.append(item.host) }
        return hosts.map { ($0, decision.pod(holding: $0).kind) }
    }

    /// A companion's section, its heading at `level` (`###` for 3): its placement, answers, why and the rules passed over.
    func section(_ item: CompanionDecision, level: Int) -> [String] {
        let companion = item.companion
        let heading = String(repeating: "#", count: level)
        var lines = ["\(heading) \(companion.name)", ""]
        switch item.placement {
        case let .colocated(role, _, _):
            lines.append(text[.recordPlacedColocated, ["role": text[role.textKey], "main": item.host]])
        case let .separate(workload):
            lines.append(text[.recordPlacedSeparate, ["kind": workload.kind.rawValue, "rule": item.rule.rawValue]])
        }
        lines += ["", text[.recordAnswersHeader], "|---|---|"]
        let answers = companion.answers
        for question in answers.applicableQuestions {
            let word = answers.word(for: question)
            let shown = switch companion.assumption(question) {
            case let .image(image): text[.recordAnswerAssumedImage, ["answer": word, "image": image]]
            case .articlesDefault: text[.recordAnswerAssumedDefault, ["answer": word]]
            case nil: word
            }
            let bold = item.rule.questions.contains(question) || item.justifiedBy(question)
            lines.append("| \(question.rawValue) | \(bold ? "**\(shown)**" : shown) |")
        }
        lines += ["", heading + "# " + text[.recordWhy], ""] + why(item).map { $0.hasPrefix("  - ") ? $0 : "- " + $0 }
        lines += ["", heading + "# " + text[.recordRejected], ""] + rejected(item).map { "- " + $0 }
        return lines
    }

    func why(_ item: CompanionDecision) -> [String] {
        let companion = item.companion
        let host = item.host
        let values = ["main": host, "target": decision.target.description]
        var lines = [text[item.rule.textKey, values]]
        guard case let .colocated(role, native, justifications) = item.placement else {
            lines.append(text[.recordReach, ["main": host, "reach": item.reach(main: host, text)]])
            return lines + assumed(companion)
        }
        lines += justifications.map { "  - " + text[$0.textKey, values] }
        switch role {
        case .initContainer: lines.append(text[.roleWhyInit, values])
        case .sidecar: lines.append(text[.roleWhySidecar, values])
        case .adapter: lines.append(text[.roleWhyAdapter, values])
        case .ambassador:
            if let local = companion.localPort {
                lines.append(text[.roleWhyAmbassador, values.merging([
                    "port": String(local), "upstream": companion.upstream ?? text[.manifestUpstreamUnknown],
                ]) { $1 }])
            } else {
                lines.append(text[.roleWhyAmbassadorNoPort, values])
            }
        }
        if role.runsAlongside {
            if native {
                lines.append(text[.formNative, values])
                if decision.pod(holding: companion.name).initContainers.count > 1 { lines.append(text[.formNativeOrder]) }
            } else {
                lines.append(text[design.sidecarStyle == .classic ? .formClassicStyle : .formClassicOld, values])
            }
        }
        for volume in decision.pod(holding: companion.name).volumes(mountedBy: companion.name) {
            lines.append(text[.sharedPath, ["path": volume.path, "main": host, "volume": volume.name]])
        }
        if role == .initContainer, !companion.answers.assumed.contains(.function) { lines.append(text[.ignoredFunction]) }
        if role != .ambassador, companion.localPort != nil { lines.append(text[.ignoredLocalPort]) }
        return lines + assumed(companion)
    }

    /// Which answers were assumed, one line per source: the image catalogue's entry, then the default.
    func assumed(_ companion: Companion) -> [String] {
        companion.assumedBySource.map { source, questions in
            let list = questions.map(\.rawValue).joined(separator: ", ")
            return switch source {
            case let .image(image): text[.recordAssumedImage, ["image": image, "list": list]]
            case .articlesDefault: text[.recordAssumedDefault, ["list": list]]
            }
        }
    }

    /// Every other rule, with the answers that kept it from holding, or the rule that came first.
    func rejected(_ item: CompanionDecision) -> [String] {
        item.rejectedRules.map { rule in
            let placement = text[rule.placementKey, ["main": item.host]]
            if !item.wasEvaluated(rule) {
                return text[.recordRejectedNotReached, ["rule": rule.rawValue, "placement": placement, "fired": item.rule.rawValue]]
            }
            return text[.recordRejectedNotHeld, [
                "rule": rule.rawValue, "placement": placement,
                "reasons": blockers(rule, item.companion.answers, host: item.host).joined(separator: text[.recordAnd]),
            ]]
        }
    }

    /// The answers that keep a rule from holding, one text per condition that failed.
    func blockers(_ rule: Rule, _ a: Answers, host: String) -> [String] {
        rule.blockers(for: a).flatMap { condition -> [String] in
            switch condition {
            case .notJustified(.noCodeChange):
                [text[.recordNoCodeChangeHolds, ["main": host]]]
            default:
                // A failed answer condition, or a justification that holds: the answers it reads.
                condition.questions.map { text[.recordIs, ["question": $0.rawValue, "answer": a.word(for: $0)]] }
            }
        }
    }

    func checks() -> [String] {
        guard !decision.findings.isEmpty else { return [text[.recordNoChecks]] }
        return decision.findings.map { finding in
            "- " + text[.recordCheck, [
                "level": text[finding.level.textKey], "id": finding.check.rawValue, "container": finding.container,
                "line": String(finding.location.line), "message": finding.message(text),
            ]]
        }
    }
}

extension CompanionDecision {
    /// Whether a question's answer is one of the reasons the companion was co-located.
    func justifiedBy(_ question: Question) -> Bool {
        guard case let .colocated(_, _, justifications) = placement else { return false }
        return justifications.contains { $0.questions.contains(question) }
    }
}
