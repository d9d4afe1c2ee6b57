import PodDesign

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

    /// The words offered for a choice step, in the design file's spelling.
    public var choices: [String]? {
        guard case let .question(question) = self else { return nil }
        switch question {
        case .lifecycle: return Lifecycle.allCases.map(\.rawValue)
        case .coupling: return Coupling.allCases.map(\.rawValue)
        case .scaling: return Scaling.allCases.map(\.rawValue)
        case .mainCodeChangeable: return ["yes", "no"]
        case .state: return State.allCases.map(\.rawValue)
        case .timing: return Timing.allCases.map(\.rawValue)
        case .function: return Function.allCases.map(\.rawValue)
        }
    }

    /// The field's name in the design file, as errors name it.
    public var field: String {
        switch self {
        case .name: "name"
        case .image: "image"
        case let .question(question): question.rawValue
        case .sharedPaths: "sharedPaths"
        case .ports: "ports"
        case .localPort: "localPort"
        case .upstream: "upstream"
        }
    }

    /// The catalog key stem of the step's texts (`ui.step.<stem>.title`, `.why`).
    var stem: String { field }
}
