import Foundation
import Testing
import Yams
@testable import PodDesign

/// The catalog: both languages have every key, the compiled tables match Resources/catalog, ids have texts.
@Suite struct CatalogTests {
    /// The merged catalog of one language: `<lang>.yaml` and every `<topic>.<lang>.yaml`.
    static func file(_ language: Language) throws -> [String: String] {
        let folder = Support.root.appendingPathComponent("Resources/catalog")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0 == "\(language.rawValue).yaml" || $0.hasSuffix(".\(language.rawValue).yaml")
        }
        var merged: [String: String] = [:]
        for name in names.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let part = try #require(try Yams.load(yaml: text) as? [String: String], "\(name)")
            #expect(Set(part.keys).isDisjoint(with: merged.keys), "\(name) repeats keys of another file")
            merged.merge(part) { first, _ in first }
        }
        return merged
    }

    @Test(arguments: Language.allCases)
    func compiledTablesMatchTheCatalogFiles(_ language: Language) throws {
        let file = try Self.file(language)
        let table = language == .en ? Catalog.english : Catalog.korean
        #expect(Set(file.keys) == Set(TextKey.allCases.map(\.rawValue)), "run `make catalog`")
        for key in TextKey.allCases {
            #expect(table[key] == file[key.rawValue], "\(key.rawValue) is stale: run `make catalog`")
        }
    }

    @Test func everyKeyExistsInEveryLanguageWithTheSamePlaceholders() throws {
        let english = try Self.file(.en)
        let korean = try Self.file(.ko)
        #expect(Set(english.keys) == Set(korean.keys))
        func placeholders(_ text: String) -> [String] {
            text.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { $0.split(separator: "}", omittingEmptySubsequences: false).first.map(String.init) }.sorted()
        }
        for (key, text) in english {
            #expect(placeholders(text) == placeholders(korean[key] ?? ""), "\(key)")
        }
    }

    @Test func koreanIsKorean() throws {
        let korean = try Self.file(.ko)
        let hangul = korean.values.filter { $0.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }
        #expect(hangul.count * 10 >= korean.count * 9)
    }

    @Test func everyIdHasItsTexts() {
        for rule in Rule.allCases {
            #expect(TextKey(rawValue: "rule.\(rule.rawValue)") != nil)
            #expect(TextKey(rawValue: "record.placementOf.\(rule.rawValue)") != nil)
        }
        for justification in Justification.allCases {
            #expect(TextKey(rawValue: "justification.\(justification.rawValue)") != nil)
        }
        for check in CheckID.allCases { #expect(TextKey(rawValue: "check.\(check.rawValue)") != nil) }
    }

    @Test func fillingReplacesEachNameOnceAndLeavesUnknownBraces() {
        let catalog = Catalog(.en)
        #expect(catalog[.reachService, ["main": "{name}", "name": "db", "port": "5432"]] == "{name} reaches it at db:5432")
        #expect(catalog[.errorHint, [:]] == ", did you mean '{word}'?")
    }

    @Test func languageComesFromTheLocale() {
        #expect(Language.fromEnvironment(["LANG": "ko_KR.UTF-8"]) == .ko)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "ko_KR.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "ko_KR"]) == .ko)
        #expect(Language.fromEnvironment([:]) == .en)
    }
}
