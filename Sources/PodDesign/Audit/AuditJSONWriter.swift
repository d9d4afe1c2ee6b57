import Foundation
import PodText

/// Writes the JSON report (schema version 1) as the entries come: each finding as soon as it is found; the unreadable
/// documents, the summary and the rest at the end (`problems` follows `findings`, as the keys are sorted). The bytes
/// are those of `AuditReport.json(_:)` for the same entries.
public struct AuditJSONWriter {
    private let catalog: Catalog
    private var opened = false
    private var problems: [AuditJSON.Problem] = []

    public init(_ catalog: Catalog) {
        self.catalog = catalog
    }

    /// The text of some entries: findings written out, problems kept for the end.
    public mutating func text(_ entries: [AuditEntry]) -> String {
        var out = ""
        for entry in entries {
            switch entry {
            case let .problem(problem):
                problems.append(AuditJSON.Problem(
                    file: problem.file, line: problem.location.line, column: problem.location.column, message: problem.message(catalog)
                ))
            case let .finding(finding):
                out += opened ? ",\n" : "{\n  \"findings\" : [\n"
                opened = true
                let object = AuditJSON.Finding(
                    file: finding.file, line: finding.location.line, column: finding.location.column,
                    resource: finding.resource, container: finding.container, rule: finding.check.rawValue,
                    level: finding.level.rawValue, message: finding.why(catalog), instead: finding.instead(catalog)
                )
                out += AuditReport.encode(object).dropLast().split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "    " + $0 }.joined(separator: "\n")
            }
        }
        return out
    }

    /// The rest of the report after the last entry: problems, summary, target and version.
    public func end(_ report: AuditReport) -> String {
        let document = AuditJSON(
            version: 1, target: report.target.description,
            summary: AuditJSON.Summary(
                files: report.files, documents: report.documents, workloads: report.workloads, skipped: report.skipped,
                errors: report.errors, warnings: report.warnings, notes: report.notes
            ),
            findings: [], problems: problems
        )
        let whole = AuditReport.encode(document)
        guard opened, let rest = whole.range(of: "\n  \"problems\" : ") else { return whole }
        return "\n  ]," + whole[rest.lowerBound...]
    }
}
