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
        try design([ImportSource(name: file, data: data)], main: main, catalog: catalog)
    }

    /// The design inferred from one file, a Compose file or a manifest, or from several Compose files merged in
    /// order (`-f a.yaml -f b.yaml`); `environment` gives the variables and the files a Compose file names.
    public static func design(
        _ sources: [ImportSource], main: String?, catalog: Catalog, environment: ComposeEnvironment = .none
    ) throws(DesignError) -> ImportResult {
        var texts: [(name: String, text: String)] = []
        for source in sources { texts.append((source.name, try text(source))) }
        let file = texts[0].name
        let chunks = DocumentSplitter.split(texts[0].text)
        var roots: [(node: Node, offset: Int)] = []
        // One budget for the whole file, not one per document: 2,000 small alias documents each under the limit
        // took 95 s to expand one after another.
        var budget = DesignParser.maxExpandedNodes
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
            guard DesignParser.fits(node, budget: &budget) else {
                throw DesignError(file: file, location: SourceLocation(line: chunk.firstLine, column: 1),
                                  problem: .aliasExpansion(limit: DesignParser.maxExpandedNodes))
            }
            roots.append((node, offset))
        }
        guard let first = roots.first else { throw DesignError(file: file, location: .start, problem: .nothingToImport) }
        var result: ImportResult
        if roots.count == 1, first.node["services"] != nil || ComposeLoader.isFirstFormat(first.node) {
            result = try compose(texts, main: main, catalog: catalog, environment: environment)
        } else {
            guard texts.count == 1 else { throw DesignError(file: file, location: .start, problem: .mergeNotCompose) }
            let workloads = roots.flatMap { ManifestWorkload.read($0.node, lineOffset: $0.offset) }
            guard !workloads.isEmpty || roots.contains(where: { $0.node["kind"] != nil }) else {
                throw DesignError(file: file, location: .start, problem: .notImportable)
            }
            var importer = ManifestImporter(file: file, catalog: catalog)
            result = try importer.design(workloads, main: main)
        }
        result.design = sanitized(result.design)
        result.comments = header(result, file: texts.map(\.name).joined(separator: ", "), catalog: catalog)
        return result
    }

    /// The text of a file given to import: at most `maxBytes`, in UTF-8.
    static func text(_ source: ImportSource) throws(DesignError) -> String {
        guard source.data.count <= maxBytes else {
            throw DesignError(file: source.name, location: .start, problem: .tooLargeToImport(bytes: source.data.count, limit: maxBytes))
        }
        guard let text = String(data: source.data, encoding: .utf8) else {
            throw DesignError(file: source.name, location: .start, problem: .notUTF8)
        }
        return text.withLineFeeds  // a file whose lines end in `\r` alone is read line by line as YAML reads it

    }

    /// The design inferred from Compose files: read and merged by `ComposeLoader`, read by `ComposeReader`, inferred by
    /// `ComposeImporter`; every note and error placed in the file it is about.
    static func compose(
        _ texts: [(name: String, text: String)], main: String?, catalog: Catalog, environment: ComposeEnvironment
    ) throws(DesignError) -> ImportResult {
        var loader = ComposeLoader(catalog: catalog, environment: environment)
        do {
            let root = try loader.load(texts)
            let services = try ComposeReader(reader: NodeReader(file: texts[0].name)).services(root)
            var importer = ComposeImporter(file: texts[0].name, catalog: catalog)
            importer.sources = loader.sources
            var result = try importer.design(services, main: main)
            let notes = (loader.notes + result.notes).enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            result.notes = notes.map { loader.sources.note($0.element.location, $0.element.text) }
            return result
        } catch {
            throw loader.sources.resolve(error)
        }
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
