import Foundation
@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import TestSupport
import Testing

/// Manifests and decision records of the example designs, byte for byte.
/// Re-record with `PODWRIGHT_RECORD=1 swift test --filter GoldenTests`; a missing golden file fails.
@Suite struct GoldenTests {
    static func check(_ actual: String, against name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try RecordedFile.check(actual, at: Support.golden.appendingPathComponent(name), name: name, sourceLocation: sourceLocation)
    }

    static let koreanExamples = ["log-shipper", "multi-tier", "redis-proxy", "whole-app"]

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
