import PodDesign
import PodEngine
import PodModel

/// One screen of a companion's questions.
public enum CompanionStep: Hashable, Sendable {
    case name, image
    case question(Question)
    case sharedPaths, ports, localPort, upstream

    /// The steps that apply to a companion with these answers, in order (`function` only alongside,
    /// `localPort` and `upstream` only for a proxy).
    public static func steps(for companion: DraftCompanion) -> [CompanionStep] {
        let answers = companion.engineAnswers
        var steps: [CompanionStep] = [.name, .image]
        steps += answers.applicableQuestions.map { .question($0) }
        steps += [.sharedPaths, .ports]
        if Role(answers) == .ambassador { steps += [.localPort, .upstream] }
        return steps
    }

    /// The answers offered for a choice step.
    public var choices: [Answer]? {
        guard case let .question(question) = self else { return nil }
        return question.choices
    }

    /// The design-file field the step fills.
    public var key: FieldKey {
        switch self {
        case .name: .name
        case .image: .image
        case let .question(question): FieldKey(question)
        case .sharedPaths: .sharedPaths
        case .ports: .ports
        case .localPort: .localPort
        case .upstream: .upstream
        }
    }
}
