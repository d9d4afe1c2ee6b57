import Foundation
import PodModel
import PodText
import Yams

/// `podwright import`: reads a Compose file or a Kubernetes manifest and infers a design from it.
public enum Importer {
    /// The largest file read, in bytes.
    public static let maxBytes = 16 << 20

    /// The design inferred from the bytes of `file` (as shown in messages); `main` names the main service or container.
    public static func design(_ data: Data, file: String, main: String?, catalog: Catalog) throws(DesignError) -> ImportResult {
        guard data.count <= maxBytes else {
            throw DesignError(file: file, location: .start, problem: .tooLargeToImport(bytes: data.count, limit: maxBytes))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DesignError(file: file, location: .start, problem: .notUTF8)
        }
        let chunks = DocumentSplitter.split(text)
        var roots: [(node: Node, offset: Int)] = []
        for chunk in chunks {
            let offset = chunk.firstLine - 1
            let node: Node?
            do {
                node = try Yams.compose(yaml: chunk.text, .basic)
            } catch let error as YamlError {
                throw DesignParser.yamlError(error, text: chunk.text, file: file, lineOffset: offset)
            } catch {
                throw DesignError(file: file, location: SourceLocation(line: chunk.firstLine, column: 1),
                                  problem: .yamlSyntax(problem: "\(error)"))
            }
            guard let node else { continue }
            var budget = DesignParser.maxExpandedNodes
            guard DesignParser.fits(node, budget: &budget) else {
                throw DesignError(file: file, location: SourceLocation(line: chunk.firstLine, column: 1),
                                  problem: .aliasExpansion(limit: DesignParser.maxExpandedNodes))
            }
            roots.append((node, offset))
        }
        guard let first = roots.first else { throw DesignError(file: file, location: .start, problem: .empty) }
        var result: ImportResult
        if first.node["services"] != nil, roots.count == 1 {
            let services = try ComposeReader(reader: NodeReader(file: file)).services(first.node)
            var importer = ComposeImporter(file: file, catalog: catalog)
            result = try importer.design(services, main: main)
        } else {
            let workloads = roots.flatMap { ManifestWorkload.read($0.node, lineOffset: $0.offset) }
            guard !workloads.isEmpty || roots.contains(where: { $0.node["kind"] != nil }) else {
                throw DesignError(file: file, location: .start, problem: .notImportable)
            }
            var importer = ManifestImporter(file: file, catalog: catalog)
            result = try importer.design(workloads, main: main)
        }
        result.design = sanitized(result.design)
        result.comments = header(result, file: file, catalog: catalog)
        return result
    }

    /// The comment lines above the design: where it came from, the main container, what is assumed.
    static func header(_ result: ImportResult, file: String, catalog: Catalog) -> [String] {
        var lines = [catalog[.importHeader, ["file": file]], catalog[.importHeaderReview]] + result.comments
        let assumed = result.design.companions.compactMap { companion -> String? in
            let groups = companion.assumedBySource.map { source, questions in
                let list = questions.map(\.rawValue).joined(separator: ", ")
                return switch source {
                case let .image(image): catalog[.importAssumedFromImage, ["list": list, "image": image]]
                case .articlesDefault: list
                }
            }
            return groups.isEmpty ? nil : "  \(companion.name): \(groups.joined(separator: "; "))"
        }
        lines.append(assumed.isEmpty ? catalog[.importHeaderNone] : catalog[.importHeaderAssumed, ["file": file]])
        return lines + assumed
    }

    /// The design with what a design file refuses taken out: bad or repeated port names, repeated
    /// ports and paths, images that are not references.
    static func sanitized(_ design: Design) -> Design {
        var design = design
        design.main.ports = ports(design.main.ports)
        for index in design.companions.indices {
            design.companions[index].ports = ports(design.companions[index].ports)
            var seen = Set<String>()
            design.companions[index].sharedPaths = design.companions[index].sharedPaths.filter {
                NameRules.isMountPath($0) && seen.insert($0).inserted
            }
            if !NameRules.isImage(design.companions[index].image) {
                design.companions[index].image = "\(design.companions[index].name):latest"
            }
        }
        if !NameRules.isImage(design.main.image) { design.main.image = "\(design.main.name):latest" }
        return design
    }

    static func ports(_ ports: [PodModel.Port]) -> [PodModel.Port] {
        var numbers = Set<String>()
        var names = Set<String>()
        return ports.compactMap { port in
            guard (1...65535).contains(port.number), numbers.insert("\(port.number)/\(port.proto.rawValue)").inserted else { return nil }
            var port = port
            if let name = port.name, !NameRules.isPortName(name) || !names.insert(name).inserted { port.name = nil }
            return port
        }
    }
}
