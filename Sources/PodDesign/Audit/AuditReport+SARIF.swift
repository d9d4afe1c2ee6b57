import Foundation
import PodEngine
import PodModel
import PodText

extension AuditReport {
    /// The report as SARIF 2.1.0, one result per finding with the container's region, for code scanning.
    public func sarif(_ catalog: Catalog, version: String) -> String {
        let ids = CheckID.auditRules
        let rules = ids.map { id in
            SARIF.Rule(
                id: id.rawValue,
                shortDescription: SARIF.Text(text: id.ruleKey.map { catalog[$0] } ?? id.rawValue),
                defaultConfiguration: SARIF.Configuration(level: id.auditLevel.sarifLevel)
            )
        } + [SARIF.Rule(
            id: "document", shortDescription: SARIF.Text(text: catalog[.auditRuleDocument]),
            defaultConfiguration: SARIF.Configuration(level: "error")
        )]
        func location(_ file: String, _ at: SourceLocation, _ name: String?) -> SARIF.Location {
            SARIF.Location(
                physicalLocation: SARIF.PhysicalLocation(
                    artifactLocation: SARIF.Artifact(uri: file), region: SARIF.Region(startLine: at.line, startColumn: at.column)
                ),
                logicalLocations: name.map { [SARIF.LogicalLocation(fullyQualifiedName: $0, kind: "resource")] }
            )
        }
        var results = problems.map { problem in
            SARIF.Result(
                ruleId: "document", ruleIndex: rules.count - 1, level: "error",
                message: SARIF.Text(text: problem.message(catalog)), locations: [location(problem.file, problem.location, nil)]
            )
        }
        results += findings.map { finding in
            SARIF.Result(
                ruleId: finding.check.rawValue, ruleIndex: ids.firstIndex(of: finding.check) ?? 0, level: finding.level.sarifLevel,
                message: SARIF.Text(text: finding.why(catalog) + " " + catalog[.auditInstead, ["text": finding.instead(catalog)]]),
                locations: [location(finding.file, finding.location, "\(finding.resource)/\(finding.container)")]
            )
        }
        let log = SARIF(runs: [SARIF.Run(
            tool: SARIF.Tool(driver: SARIF.Driver(name: "podwright", version: version, rules: rules)),
            results: results
        )])
        return Self.encode(log)
    }
}

extension CheckID {
    /// The rules `audit` applies, in the order of the documentation.
    public static let auditRules: [CheckID] = [
        .conflictPort, .nativeUnsupported, .jobClassicSidecar, .colocateStateful, .colocateNoChannel, .podCrowded,
    ]

    /// The level of an audit finding of this rule (audit reads `colocate.no-channel` as a note).
    public var auditLevel: Level { self == .colocateNoChannel ? .note : level }
}

extension Level {
    var sarifLevel: String { rawValue }
}

/// The SARIF 2.1.0 log's shape (the parts podwright fills).
struct SARIF: Encodable {
    struct Text: Encodable { var text: String }
    struct Configuration: Encodable { var level: String }
    struct Rule: Encodable {
        var id: String
        var shortDescription: Text
        var defaultConfiguration: Configuration
    }
    struct Driver: Encodable {
        var name, version: String
        var rules: [Rule]
    }
    struct Tool: Encodable { var driver: Driver }
    struct Artifact: Encodable { var uri: String }
    struct Region: Encodable { var startLine, startColumn: Int }
    struct PhysicalLocation: Encodable {
        var artifactLocation: Artifact
        var region: Region
    }
    struct LogicalLocation: Encodable {
        var fullyQualifiedName: String
        var kind: String
    }
    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
    }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
    }
    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    var version = "2.1.0"
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case version
        case schema = "$schema"
        case runs
    }
}
