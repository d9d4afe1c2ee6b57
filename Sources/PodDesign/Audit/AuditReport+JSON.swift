import Foundation
import PodEngine
import PodText

extension AuditReport {
    /// The report as JSON (schema version 1, documented in docs/audit-json.md): keys sorted, text unescaped.
    public func json(_ catalog: Catalog) -> String {
        let document = AuditJSON(
            version: 1,
            target: target.description,
            summary: AuditJSON.Summary(
                files: files, documents: documents, workloads: workloads, skipped: skipped,
                errors: findings.filter { $0.level == .error }.count + problems.count,
                warnings: findings.filter { $0.level == .warning }.count,
                notes: findings.filter { $0.level == .note }.count
            ),
            findings: findings.map { finding in
                AuditJSON.Finding(
                    file: finding.file, line: finding.location.line, column: finding.location.column,
                    resource: finding.resource, container: finding.container, rule: finding.check.rawValue,
                    level: finding.level.rawValue, message: finding.why(catalog), instead: finding.instead(catalog)
                )
            },
            problems: problems.map {
                AuditJSON.Problem(file: $0.file, line: $0.location.line, column: $0.location.column, message: $0.message(catalog))
            }
        )
        return Self.encode(document)
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }
}

/// The JSON report's shape.
struct AuditJSON: Encodable {
    struct Summary: Encodable {
        var files, documents, workloads, skipped, errors, warnings, notes: Int
    }

    struct Finding: Encodable {
        var file: String
        var line, column: Int
        var resource, container, rule, level, message, instead: String
    }

    struct Problem: Encodable {
        var file: String
        var line, column: Int
        var message: String
    }

    var version: Int
    var target: String
    var summary: Summary
    var findings: [Finding]
    var problems: [Problem]
}
