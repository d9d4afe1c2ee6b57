@testable import AdvisorApp
import PodDesign
import PodModel
import Testing

/// The advisor's catalog keys are typed, each the one named after its value (the catalog has every key
/// in both languages, which `CatalogTests` checks).
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

    @Test func fieldStepChoiceAndFactKeysAreTheOnesNamedAfterTheirValues() {
        for field in MainField.allCases {
            #expect(field.labelKey.rawValue == "ui.field.\(field.rawValue)")
            #expect(field.hintKey.rawValue == "ui.fieldHint.\(field.rawValue)")
        }
        let steps: [CompanionStep] = [.name, .image, .serves, .sharedPaths, .ports, .localPort, .upstream] + Question.allCases.map { .question($0) }
        for step in steps {
            #expect(step.titleKey.rawValue == "ui.step.\(step.key.rawValue).title")
            #expect(step.whyKey.rawValue == "ui.step.\(step.key.rawValue).why")
        }
        for question in Question.allCases {
            #expect(question.factKey.rawValue == "quiz.fact.\(question.rawValue)")
            for answer in question.choices {
                #expect(answer.textKey.rawValue == "ui.choice.\(question.rawValue).\(answer.word)")
            }
        }
    }
}
