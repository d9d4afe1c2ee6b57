@testable import AdvisorApp
import Foundation
import PodDesign
import PodModel
import Testing

/// Autosaves keep answers as words keyed by question, so a draft saved by an earlier version resumes.
@Suite struct DraftCodingTests {
    @Test func anAutosavedCompanionWithWordAnswersDecodesTyped() throws {
        let json = #"{"name":"log","image":"fluent/fluent-bit:3.1","answers":{"timing":"before-main","mainCodeChangeable":"no","coupling":"tigth"},"sharedPaths":"","ports":"","localPort":"","upstream":"","notes":{"timing":"from compose.yaml:4"}}"#
        let companion = try JSONDecoder().decode(DraftCompanion.self, from: Data(json.utf8))
        #expect(companion.answers[.timing] == .timing(.beforeMain))
        #expect(companion.answers[.mainCodeChangeable] == .mainCodeChangeable(false))
        #expect(companion.answers[.coupling] == nil)
        #expect(companion.note(Question.timing) == "from compose.yaml:4")
        #expect(companion.serves == nil, "an autosave from before serves: the main container")
    }

    @Test func whomACompanionServesIsKeptInTheAutosaveOnlyWhenSet() throws {
        var pool = DraftCompanion(name: "pool")
        pool.serves = "api"
        var draft = Draft()
        draft.companions = [pool, DraftCompanion(name: "log")]
        let data = try JSONEncoder().encode(draft)
        #expect(try JSONDecoder().decode(Draft.self, from: data) == draft)
        let companions = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let written = (companions?["companions"] as? [[String: Any]])?.map { $0["serves"] as? String }
        #expect(written == ["api", nil])
    }

    @Test func servesIsReadFromTheFileAndWrittenBackThroughTheDraft() throws {
        let url = Driver.root.appendingPathComponent("Resources/examples/whole-app.yaml")
        let draft = Draft(try DesignParser.parse(Data(contentsOf: url), file: "whole-app.yaml"))
        #expect(draft.companions.map(\.serves) == [nil, nil, "api", "api", "api", "db"])
        let saved = try draft.design().get()
        #expect(saved.companions.map(\.serves) == [nil, nil, "api", "api", "api", "db"])
        var changed = draft
        changed.companions[5].serves = nil
        #expect(try changed.design().get().companions[5].serves == nil)
        changed.companions[5].serves = "api"
        #expect(changed.designFile().contains("  - name: db-metrics\n    image: quay.io/prometheuscommunity/postgres-exporter:v0.15.0\n    serves: api\n"))
    }

    @Test func aDraftRoundTripsThroughJSON() throws {
        var companion = DraftCompanion(name: "proxy")
        companion.setAnswer(.function(.proxyOutbound))
        companion.setAnswer(.lifecycle(.independent))
        var draft = Draft()
        draft.companions = [companion]
        let again = try JSONDecoder().decode(Draft.self, from: JSONEncoder().encode(draft))
        #expect(again == draft)
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(companion)) as? [String: Any]
        #expect(object?["answers"] as? [String: String] == ["function": "proxy-outbound", "lifecycle": "independent"])
    }
}

/// A design opened in the advisor and saved again is the same design: every field the file has comes back
/// (the target written out, as the advisor always shows one).
@Suite struct DraftRoundTripTests {
    static var files: [URL] {
        let folders = ["Resources/examples", "Resources/quiz"].map { Driver.root.appendingPathComponent($0) }
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
                .map { folder.appendingPathComponent($0) }
        }
    }

    @Test func everyExampleQuizAndWorkshopDesignSurvivesTheAdvisor() throws {
        #expect(Self.files.count > 20)
        for url in Self.files {
            var design = try DesignParser.parse(Data(contentsOf: url), file: url.lastPathComponent)
            design.kubernetes = design.target  // the advisor always names the target it shows
            let saved = try Draft(design).design().get()
            #expect(DesignWriter.yaml(saved) == DesignWriter.yaml(design), "\(url.lastPathComponent)")
        }
    }
}
