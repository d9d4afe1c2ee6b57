@testable import PodDesign
@testable import PodEngine
@testable import PodText
import Testing

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

    /// The keys of ids are switches; each names the text its id's key is written under in the catalog.
    @Test func everyIdsKeyIsTheOneNamedAfterIt() {
        for rule in Rule.allCases {
            #expect(rule.textKey.rawValue == "rule.\(rule.rawValue)")
            #expect(rule.placementKey.rawValue == "record.placementOf.\(rule.rawValue)")
        }
        for justification in Justification.allCases {
            #expect(justification.textKey.rawValue == "justification.\(justification.rawValue)")
        }
        for check in CheckID.allCases {
            #expect(check.messageKey.rawValue == "check.\(check.rawValue)")
        }
        for rule in AuditRule.allCases {
            #expect(rule.ruleKey.rawValue == "audit.rule.\(rule.rawValue)")
            #expect(rule.fullKey.rawValue == "audit.rule.\(rule.rawValue).full")
            #expect(rule.whyKey.rawValue == "audit.\(rule.rawValue).why")
            #expect(rule.insteadKey.rawValue == "audit.\(rule.rawValue).instead")
        }
        for role in Role.allCases { #expect(role.textKey.rawValue == "role.\(role.rawValue)") }
        for level in Level.allCases { #expect(level.textKey.rawValue == "level.\(level.rawValue)") }
        for answer in QuizAnswer.allCases {
            #expect(answer.choiceKey.rawValue == "quiz.choice.\(answer.rawValue)")
            #expect(answer.nameKey.rawValue == "quiz.answer.\(answer.rawValue)")
        }
        for pattern in Pattern.allCases {
            for part in Pattern.Part.allCases {
                #expect(pattern.textKey(part).rawValue == "pattern.\(part.rawValue).\(pattern.rawValue)")
            }
        }
        for scenario in QuizScenario.all {
            #expect(scenario.title.rawValue == "quiz.scenario.\(scenario.id).title")
            #expect(scenario.story.rawValue == "quiz.scenario.\(scenario.id).story")
        }
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
