import Foundation
import PodEngine
import PodText

extension AuditReport {
    /// The report of the entries not yet taken as JSON (schema version 1, documented in docs/audit-json.md):
    /// keys sorted, text unescaped (`AuditJSONWriter`).
    public func json(_ catalog: Catalog) -> String {
        var writer = AuditJSONWriter(catalog)
        return writer.text(entries) + writer.end(self)
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
