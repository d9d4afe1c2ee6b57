import Testing
@testable import AdvisorApp
import PodDesign

/// The advisor's catalog keys: the typed ones name the text their value's key is written under,
/// and every key still built from a name (fields, steps, choices, facts) is in the catalog.
@Suite struct CatalogKeyTests {
    @Test func typedKeysAreTheOnesNamedAfterTheirValues() {
        for kind in PromptKind.allCases {
            #expect(kind.titleKey.rawValue == "ui.prompt.\(kind.rawValue)")
            #expect(kind.writtenKey.rawValue == "ui.status.written.\(kind.rawValue)")
        }
        for item in AdvisorModel.resultItems {
            #expect(item.textKey(manifestToStdout: false).rawValue == "ui.result.\(item.rawValue)")
            #expect(item.textKey(manifestToStdout: true).rawValue == (item == .finish ? "ui.result.finishStdout" : "ui.result.\(item.rawValue)"))
        }
    }

    /// The keys the views still build from a field, a step, a question or an answer word, every one of them.
    static var keysBuiltFromNames: [String] {
        let steps: [CompanionStep] = [.name, .image, .sharedPaths, .ports, .localPort, .upstream] + Question.allCases.map { .question($0) }
        var names = MainField.allCases.flatMap { ["ui.field.\($0.rawValue)", "ui.fieldHint.\($0.rawValue)"] }
        names += steps.flatMap { ["ui.step.\($0.stem).title", "ui.step.\($0.stem).why"] }
        for case let .question(question) in steps {
            names += (CompanionStep.question(question).choices ?? []).map { "ui.choice.\(question.rawValue).\($0)" }
        }
        names += Question.allCases.map { "quiz.fact.\($0.rawValue)" }
        return names
    }

    @Test func everyKeyBuiltFromANameIsInTheCatalog() {
        for name in Self.keysBuiltFromNames {
            let key = TextKey(rawValue: name)
            #expect(key != nil, "\(name) is not in the catalog")
            if let key { #expect(!Catalog(.en)[key].isEmpty && !Catalog(.ko)[key].isEmpty, "\(name)") }
        }
    }
}
