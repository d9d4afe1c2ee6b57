import PodEngine
import PodModel
import PodText
import StyledText
import TextWidth

/// Writes the readable report as the entries come: each finding under a heading for its file and resource (a new
/// heading when the resource changes), an unreadable document as one line, then a summary line. Names from the
/// input are written with their control characters escaped, so a manifest cannot drive the terminal.
public struct AuditTextWriter {
    private let catalog: Catalog
    private let levelWidth: Int
    /// The file and resource of the last heading written.
    private var group: (file: String, resource: String)?
    /// Whether anything has been written yet (a blank line separates what follows).
    private var wrote = false

    public init(_ catalog: Catalog) {
        self.catalog = catalog
        levelWidth = Level.allCases.map { catalog[$0.textKey].displayWidth }.max() ?? 7
    }

    /// The lines of some entries.
    public mutating func lines(_ entries: [AuditEntry]) -> [StyledLine] {
        var lines: [StyledLine] = []
        for entry in entries {
            switch entry {
            case let .problem(problem):
                if group != nil { lines.append(StyledLine("")) }
                group = nil
                var line = StyledLine(TerminalSafe.escapingControls("\(problem.file):\(problem.location): "))
                line.append(TerminalSafe.escapingControls(catalog[.auditUnreadableDocument, ["message": problem.message(catalog)]]),
                            Level.error.textStyle)
                lines.append(line)
            case let .finding(finding):
                if group?.file != finding.file || group?.resource != finding.resource {
                    if wrote || !lines.isEmpty { lines.append(StyledLine("")) }
                    lines.append(StyledLine(TerminalSafe.escapingControls("\(finding.file): \(finding.resource)")))
                    group = (finding.file, finding.resource)
                }
                var line = StyledLine("  \(finding.location)  ")
                line.append(catalog[finding.level.textKey].padded(toWidth: levelWidth), finding.level.textStyle)
                line.append(TerminalSafe.escapingControls("  \(finding.check.rawValue)  \(finding.container)"))
                lines.append(line)
                lines.append(StyledLine("      " + TerminalSafe.escapingControls(finding.why(catalog))))
                lines.append(StyledLine("      " + TerminalSafe.escapingControls(catalog[.auditInstead, ["text": finding.instead(catalog)]])))
            }
        }
        if !lines.isEmpty { wrote = true }
        return lines
    }

    /// The closing summary line, after a blank line when anything came before it.
    public func summary(_ report: AuditReport) -> [StyledLine] {
        func count(_ count: Int, _ one: TextKey, _ many: TextKey) -> String {
            catalog[count == 1 ? one : many, ["count": String(count)]]
        }
        let line = StyledLine(catalog[.auditSummary, [
            "files": count(report.files, .auditCountFile, .auditCountFiles),
            "documents": count(report.documents, .auditCountDocument, .auditCountDocuments),
            "workloads": count(report.workloads, .auditCountWorkload, .auditCountWorkloads),
            "skipped": count(report.skipped, .auditCountOtherObject, .auditCountOtherObjects),
            "errors": count(report.errors, .auditCountError, .auditCountErrors),
            "warnings": count(report.warnings, .auditCountWarning, .auditCountWarnings),
            "notes": count(report.notes, .auditCountNote, .auditCountNotes),
        ]])
        return wrote ? [StyledLine(""), line] : [line]
    }
}
