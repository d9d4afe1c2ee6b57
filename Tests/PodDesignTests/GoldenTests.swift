import Foundation
import Testing
@testable import PodDesign

/// Manifests and decision records of the example designs, byte for byte.
/// Re-record with `PODWRIGHT_RECORD=1 swift test --filter GoldenTests`; a missing golden file fails.
@Suite struct GoldenTests {
    static let recording = ProcessInfo.processInfo.environment["PODWRIGHT_RECORD"] == "1"

    static func check(_ actual: String, against name: String) throws {
        let url = Support.golden.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name): run PODWRIGHT_RECORD=1 swift test --filter GoldenTests")
            return
        }
        #expect(actual == expected, "\(name) differs from its golden file")
    }

    static let koreanExamples = ["log-shipper", "multi-tier", "redis-proxy"]

    @Test(arguments: Support.exampleNames)
    func manifestMatchesGolden(_ name: String) throws {
        let decision = Advisor.decide(try Support.example(name))
        try Self.check(StarterManifest(decision, catalog: Catalog(.en)).yaml(), against: "\(name).yaml")
    }

    @Test(arguments: Support.exampleNames)
    func recordMatchesGolden(_ name: String) throws {
        let decision = Advisor.decide(try Support.example(name))
        try Self.check(DecisionRecord(decision, catalog: Catalog(.en)).markdown(), against: "\(name).md")
    }

    @Test(arguments: koreanExamples)
    func koreanOutputMatchesGolden(_ name: String) throws {
        let decision = Advisor.decide(try Support.example(name))
        try Self.check(StarterManifest(decision, catalog: Catalog(.ko)).yaml(), against: "ko/\(name).yaml")
        try Self.check(DecisionRecord(decision, catalog: Catalog(.ko)).markdown(), against: "ko/\(name).md")
    }

    @Test(arguments: Support.exampleNames)
    func sameDesignGivesSameBytes(_ name: String) throws {
        let outputs = try (0..<3).map { _ in
            StarterManifest(Advisor.decide(try Support.example(name)), catalog: Catalog(.en)).yaml()
        }
        #expect(Set(outputs).count == 1)
    }
}
