import Testing
@testable import PodDesign

/// The catalog: every key has a text in every language with the same placeholders, ids have texts.
@Suite struct CatalogTests {
    /// The `{name}` placeholders of a text, sorted.
    static func placeholders(_ text: String) -> [String] {
        text.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { $0.split(separator: "}", omittingEmptySubsequences: false).first.map(String.init) }.sorted()
    }

    @Test func everyKeyHasATextInEveryLanguageWithTheSamePlaceholders() {
        #expect(TextKey.allCases.count == Catalog.english.count && TextKey.allCases.count == Catalog.korean.count)
        for key in TextKey.allCases {
            let english = Catalog.english[key] ?? "", korean = Catalog.korean[key] ?? ""
            #expect(!english.isEmpty && !korean.isEmpty, "\(key.rawValue) has no text")
            #expect(Self.placeholders(english) == Self.placeholders(korean), "\(key.rawValue)")
        }
    }

    @Test func koreanIsKorean() {
        let korean = Catalog.korean.values
        let hangul = korean.filter { $0.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }
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
