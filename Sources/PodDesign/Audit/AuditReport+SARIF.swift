import Foundation
import PodEngine
import PodModel
import PodText

extension AuditReport {
    /// The report as SARIF 2.1.0, one result per finding with the container's region, for code scanning.
    /// File names are URIs relative to `root` (the folder the audit ran in, `file:///...`, given as the `uriBaseId`
    /// `SRCROOT`) where they are inside it, so that code scanning shows each result on its file; others are `file:` URIs.
    public func sarif(_ catalog: Catalog, version: String, root: String? = nil) -> String {
        let ids = AuditRule.allCases
        let rules = ids.map { id in
            SARIF.Rule(
                id: id.rawValue, shortDescription: SARIF.Text(text: catalog[id.ruleKey]),
                fullDescription: SARIF.Text(text: catalog[id.fullKey]), helpUri: id.helpURI,
                defaultConfiguration: SARIF.Configuration(level: id.level.sarifLevel)
            )
        } + [SARIF.Rule(
            id: "document", shortDescription: SARIF.Text(text: catalog[.auditRuleDocument]),
            fullDescription: SARIF.Text(text: catalog[.auditRuleDocument]), helpUri: nil,
            defaultConfiguration: SARIF.Configuration(level: "error")
        )]
        let base = root.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        func artifact(_ file: String) -> SARIF.Artifact {
            var path = file
            if let base, path.hasPrefix(base) { path.removeFirst(base.count) }
            if path.hasPrefix("/") { return SARIF.Artifact(uri: "file://" + SARIF.encoded(path), uriBaseId: nil) }
            while path.hasPrefix("./") { path.removeFirst(2) }
            return SARIF.Artifact(uri: SARIF.encoded(path), uriBaseId: base == nil ? nil : "SRCROOT")
        }
        func location(_ file: String, _ at: SourceLocation, _ name: String?) -> SARIF.Location {
            SARIF.Location(
                physicalLocation: SARIF.PhysicalLocation(
                    artifactLocation: artifact(file), region: SARIF.Region(startLine: max(at.line, 1), startColumn: max(at.column, 1))
                ),
                logicalLocations: name.map { [SARIF.LogicalLocation(fullyQualifiedName: $0, kind: "resource")] }
            )
        }
        let results = entries.map { entry in
            switch entry {
            case let .problem(problem):
                SARIF.Result(
                    ruleId: "document", ruleIndex: rules.count - 1, level: "error",
                    message: SARIF.Text(text: problem.message(catalog)), locations: [location(problem.file, problem.location, nil)]
                )
            case let .finding(finding):
                SARIF.Result(
                    ruleId: finding.check.rawValue, ruleIndex: ids.firstIndex(of: finding.check) ?? 0, level: finding.level.sarifLevel,
                    message: SARIF.Text(text: finding.why(catalog) + " " + catalog[.auditInstead, ["text": finding.instead(catalog)]]),
                    locations: [location(finding.file, finding.location, "\(finding.resource)/\(finding.container)")]
                )
            }
        }
        let log = SARIF(runs: [SARIF.Run(
            tool: SARIF.Tool(driver: SARIF.Driver(
                name: "podwright", version: version, informationUri: AuditRule.guideURL, rules: rules
            )),
            originalUriBaseIds: base.map { ["SRCROOT": SARIF.Artifact(uri: "file://" + SARIF.encoded($0), uriBaseId: nil)] },
            results: results
        )])
        return Self.encode(log)
    }
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
        var shortDescription, fullDescription: Text
        var helpUri: String?
        var defaultConfiguration: Configuration
    }
    struct Driver: Encodable {
        var name, version, informationUri: String
        var rules: [Rule]
    }
    struct Tool: Encodable { var driver: Driver }
    struct Artifact: Encodable {
        var uri: String
        var uriBaseId: String?
    }
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
        var originalUriBaseIds: [String: Artifact]?
        var results: [Result]
    }

    /// A path as a URI reference: every byte but unreserved characters and `/` percent-encoded.
    static func encoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~/".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += (hex.count == 1 ? "%0" : "%") + hex
            }
        }
        return out
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
