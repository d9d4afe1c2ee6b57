import TextWidth

extension AuditReport {
    /// The readable report: unreadable documents, then the findings grouped by resource, then a summary line.
    /// `color` adds ANSI colours to the levels (for a terminal).
    public func text(_ catalog: Catalog, color: Bool) -> String {
        func paint(_ text: String, _ level: Level) -> String {
            guard color else { return text }
            let code = switch level {
            case .error: "31;1"
            case .warning: "33;1"
            case .note: "36"
            }
            return "\u{1B}[\(code)m\(text)\u{1B}[0m"
        }
        var lines: [String] = []
        for problem in problems {
            lines.append("\(problem.file):\(problem.location): " + paint(catalog[.auditUnreadableDocument, ["message": problem.message(catalog)]], .error))
        }
        var groups: [(key: String, findings: [AuditFinding])] = []
        var index: [String: Int] = [:]
        for finding in findings {
            let key = finding.file + "\u{0}" + finding.resource
            if let at = index[key] {
                groups[at].findings.append(finding)
            } else {
                index[key] = groups.count
                groups.append((key, [finding]))
            }
        }
        let levelWidth = Level.allCases.map { catalog[$0.textKey].displayWidth }.max() ?? 7
        for group in groups {
            let first = group.findings[0]
            if !lines.isEmpty { lines.append("") }
            lines.append("\(first.file): \(first.resource)")
            for finding in group.findings {
                let level = paint(catalog[finding.level.textKey].padded(toWidth: levelWidth), finding.level)
                lines.append("  \(finding.location)  \(level)  \(finding.check.rawValue)  \(finding.container)")
                lines.append("      " + finding.why(catalog))
                lines.append("      " + catalog[.auditInstead, ["text": finding.instead(catalog)]])
            }
        }
        if !lines.isEmpty { lines.append("") }
        let count = { (level: Level) in findings.filter { $0.level == level }.count }
        lines.append(catalog[.auditSummary, [
            "files": String(files), "documents": String(documents), "workloads": String(workloads), "skipped": String(skipped),
            "errors": String(count(.error) + problems.count), "warnings": String(count(.warning)), "notes": String(count(.note)),
        ]])
        return lines.joined(separator: "\n") + "\n"
    }
}
