import Foundation
@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing

/// `import` on the 116 Compose files of kompose's test fixtures in shared/corpus-compose, which nobody here wrote:
/// every one imports, and its design is one `recommend` decides (findings at most, never bad input).
@Suite struct ComposeCorpusTests {
    static let corpus = Support.root.deletingLastPathComponent().appendingPathComponent("shared/corpus-compose")

    /// Every Compose file of the corpus, by name.
    static func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    }

    @Test func everyFileImportsAndItsDesignIsDecided() throws {
        let files = try Self.files()
        #expect(files.count == 116)
        var failures: [String] = []
        var noted: [String] = []
        for file in files {
            let url = Self.corpus.appendingPathComponent(file)
            do {
                let result = try Importer.design([ImportSource(name: file, data: try Data(contentsOf: url))], main: nil,
                                                 catalog: Catalog(.en), environment: .none)
                if !result.notes.isEmpty { noted.append("\(file) (\(result.notes.count))") }
                let design = try DesignParser.parse(Data(result.text.utf8), file: "imported.yaml")
                let decision = Advisor.decide(design)
                if let error = decision.servesError(file: "imported.yaml") { failures.append("\(file): recommend: \(error.report(Catalog(.en)))") }
                _ = StarterManifest(decision, catalog: Catalog(.en)).yaml()
            } catch let error as DesignError {
                failures.append("\(file): \(error.report(Catalog(.en)))")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))\nfiles with notes:\n\(noted.joined(separator: "\n"))")
    }

    /// The first format, interpolation with nothing set, and a missing env file: read, with notes.
    @Test func filesRefusedBeforeAreReadWithNotes() throws {
        func notes(_ file: String) throws -> [String] {
            let data = try Data(contentsOf: Self.corpus.appendingPathComponent(file))
            return try Importer.design([ImportSource(name: file, data: data)], main: nil, catalog: Catalog(.en)).notes.map { "\($0.location): \($0.text)" }
        }
        #expect(try notes("yaml-and-yml+docker-compose.yaml") == [
            "1:1: yaml-and-yml+docker-compose.yaml is written in Compose's first format (services at the top level, no services: key): its entries are read as services",
        ])
        let gitlab = try notes("gitlab+docker-compose.yml")
        #expect(gitlab.contains("6:9: postgresql: the port $DB_PORT is empty once variables are substituted; it is not imported"))
        #expect(gitlab.contains("6:10: DB_PORT is set neither in the environment nor in .env: it is read as an empty string, as Compose does"))
    }
}
