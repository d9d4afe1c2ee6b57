import PodEngine
import PodText
import StyledText
import TextWidth

extension AuditReport {
    /// The readable report: unreadable documents, then the findings grouped by resource, then a summary line.
    /// Each level is a span styled as that level, so a terminal can colour it.
    public func lines(_ catalog: Catalog) -> [StyledLine] {
        var lines: [StyledLine] = []
        for problem in problems {
            var line = StyledLine("\(problem.file):\(problem.location): ")
            line.append(catalog[.auditUnreadableDocument, ["message": problem.message(catalog)]], Level.error.textStyle)
            lines.append(line)
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
            if !lines.isEmpty { lines.append(StyledLine("")) }
            lines.append(StyledLine("\(first.file): \(first.resource)"))
            for finding in group.findings {
                var line = StyledLine("  \(finding.location)  ")
                line.append(catalog[finding.level.textKey].padded(toWidth: levelWidth), finding.level.textStyle)
                line.append("  \(finding.check.rawValue)  \(finding.container)")
                lines.append(line)
                lines.append(StyledLine("      " + finding.why(catalog)))
                lines.append(StyledLine("      " + catalog[.auditInstead, ["text": finding.instead(catalog)]]))
            }
        }
        if !lines.isEmpty { lines.append(StyledLine("")) }
        let count = { (level: Level) in findings.filter { $0.level == level }.count }
        lines.append(StyledLine(catalog[.auditSummary, [
            "files": String(files), "documents": String(documents), "workloads": String(workloads), "skipped": String(skipped),
            "errors": String(count(.error) + problems.count), "warnings": String(count(.warning)), "notes": String(count(.note)),
        ]]))
        return lines
    }
}
