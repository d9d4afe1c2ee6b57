import Foundation
@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing
import Yams

/// Random mutations of the example files never crash or hang the parser, engine or emitters:
/// each gives either a design or a one-line error with a place in the file.
@Suite struct MutationTests {
    /// The quiz's SplitMix64, so a failure can be replayed from its seed.
    typealias Random = SplitMix64

    static let fragments = [
        ":", "-", " ", "\n", "\t", "[", "]", "{", "}", "&a", "*a", "!!str", "?", "'", "\"", "#", "|", ">",
        "0", "65536", "-1", "1.30", "yes", "null", "~", "파드", "\u{0}", "\u{7}", "tight", "before-main",
        "proxy-outbound", "ports: [80, 80]", "localPort: 80", "sidecarStyle: native", "kubernetes: \"1.27\"",
        "\n  - name: x\n    image: y", "sharedPaths: [/a, /a]", "workload: job", "replicas: 3",
    ]

    static func mutate(_ text: String, _ random: inout Random) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            guard !lines.isEmpty else { break }
            let index = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2: lines.swapAt(index, Int.random(in: 0..<lines.count, using: &random))
            case 3:
                var line = Array(lines[index])
                if !line.isEmpty { line.remove(at: Int.random(in: 0..<line.count, using: &random)) }
                lines[index] = String(line)
            case 4:
                var line = lines[index]
                let at = line.index(line.startIndex, offsetBy: Int.random(in: 0...line.count, using: &random))
                line.insert(contentsOf: fragments.randomElement(using: &random)!, at: at)
                lines[index] = line
            case 5: lines[index] = " " + lines[index]
            default: lines = Array(lines.prefix(index))
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: Support.exampleNames)
    func mutatedExamplesGiveADesignOrOneLineError(_ name: String) throws {
        let original = try String(contentsOf: Support.examples.appendingPathComponent("\(name).yaml"), encoding: .utf8)
        var random = Random(seed: UInt64(name.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
        var parsed = 0
        var refused = 0
        for _ in 0..<400 {
            let text = Self.mutate(original, &random)
            do {
                let decision = Advisor.decide(try DesignParser.parse(text, file: "m.yaml"))
                for language in Language.allCases {
                    let catalog = Catalog(language)
                    _ = StarterManifest(decision, catalog: catalog).yaml()
                    _ = DecisionRecord(decision, catalog: catalog).markdown()
                    for finding in decision.findings { #expect(!finding.report(file: "m.yaml", catalog).contains("\n")) }
                }
                parsed += 1
            } catch {
                for language in Language.allCases {
                    let line = error.report(Catalog(language))
                    #expect(line.hasPrefix("m.yaml:\(error.location.line):\(error.location.column): "), "\(line)")
                    #expect(!line.contains("\n"), "\(line)\n---\n\(text)")
                    #expect(error.location.line >= 1 && error.location.column >= 1)
                }
                refused += 1
            }
        }
        #expect(parsed > 0 && refused > 0)
    }

    @Test func emittedManifestsParseBackAsYAML() throws {
        for name in Support.exampleNames {
            let yaml = StarterManifest(Advisor.decide(try Support.example(name)), catalog: Catalog(.ko)).yaml()
            #expect(throws: Never.self) { _ = try Yams.load_all(yaml: yaml).map { $0 } }
        }
    }
}
