import PodDesign
import PodEngine
import PodModel

/// One screen of a companion's questions.
public enum CompanionStep: Hashable, Sendable {
    case name, image
    /// The container it serves: the main one, or a companion placed in a pod of its own.
    case serves
    case question(Question)
    case sharedPaths, ports, localPort, upstream

    /// The steps that apply to a companion with these answers, in order (`serves` only when `choosesServed`, that
    /// is when there is a container besides the main one to serve (`Draft.steps(ofCompanion:)` says);
    /// `function` only alongside, `localPort` and `upstream` only for a proxy).
    public static func steps(for companion: DraftCompanion, choosesServed: Bool) -> [CompanionStep] {
        let answers = companion.engineAnswers
        var steps: [CompanionStep] = [.name, .image]
        if choosesServed { steps.append(.serves) }
        steps += answers.applicableQuestions.map { .question($0) }
        steps += [.sharedPaths, .ports]
        if Role(answers) == .ambassador { steps += [.localPort, .upstream] }
        return steps
    }

    /// The answers offered for a question step (`serves` offers container names: `Draft.servable(by:)`).
    public var choices: [Answer]? {
        guard case let .question(question) = self else { return nil }
        return question.choices
    }

    /// Whether the step is chosen with ↑/↓ rather than typed: a question, or `serves`.
    public var isChoice: Bool { self == .serves || choices != nil }

    /// The design-file field the step fills.
    public var key: FieldKey {
        switch self {
        case .name: .name
        case .image: .image
        case .serves: .serves
        case let .question(question): FieldKey(question)
        case .sharedPaths: .sharedPaths
        case .ports: .ports
        case .localPort: .localPort
        case .upstream: .upstream
        }
    }
}
