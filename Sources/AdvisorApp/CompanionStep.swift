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
    /// is when there is a container besides the main one to serve (`Draft.steps(ofCompanion:)` says)).
    /// The questions: every one answered (it stays to be changed), and those not answered whose answer can still
    /// change the rule or role (`Advisor.questionsThatMatter`), in the asking order; `function` only alongside.
    /// `sharedPaths` only for a companion in the pod (an emptyDir is shared within one pod), `ports` not for an init
    /// container (it runs to completion), each still shown when it holds text; `localPort` and `upstream` only for a proxy.
    /// The step `showing` (the one on screen) stays in the list wherever it applies, so that emptying a field or
    /// looking at a question does not move the person.
    public static func steps(for companion: DraftCompanion, choosesServed: Bool, showing: CompanionStep? = nil) -> [CompanionStep] {
        let answers = companion.engineAnswers
        var steps: [CompanionStep] = [.name, .image]
        if choosesServed { steps.append(.serves) }
        let open = Set(Advisor.questionsThatMatter(given: companion.answers.all))
        let applicable = Set(answers.applicableQuestions)
        steps += Advisor.askingOrder
            .filter { applicable.contains($0) && (companion.answers[$0] != nil || open.contains($0) || showing == .question($0)) }
            .map { .question($0) }
        let role = Advisor.decide(Companion(name: companion.name, image: companion.image, answers: answers), native: false, serving: "")
            .placement.role
        if role != nil || !companion.sharedPaths.trimmingSpaces.isEmpty || showing == .sharedPaths { steps.append(.sharedPaths) }
        if role != .initContainer || !companion.ports.trimmingSpaces.isEmpty || showing == .ports { steps.append(.ports) }
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
