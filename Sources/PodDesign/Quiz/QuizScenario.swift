import PodEngine
import PodModel
import PodText

/// One quiz question: a design file, and the companion in it that the learner places (the first one).
public struct QuizScenario: Hashable, Sendable {
    /// The file's name without `.yaml`.
    public let id: String
    public let design: Design
    /// The catalog key of the scenario's title.
    public let title: TextKey
    /// The catalog key of the scenario's story.
    public let story: TextKey

    public init(id: String, design: Design, title: TextKey, story: TextKey) {
        self.id = id
        self.design = design
        self.title = title
        self.story = story
    }

    /// Every scenario, in id order, read from the embedded design files with the real parser.
    public static let all: [QuizScenario] = files.map { file in
        do {
            let design = try DesignParser.parse(file.text, file: "quiz/\(file.id).yaml")
            return QuizScenario(id: file.id, design: design, title: file.title, story: file.story)
        } catch {
            preconditionFailure("the quiz scenario \(file.id) does not parse: \(error)")
        }
    }

    /// The companion asked about.
    public var companion: Companion { design.companions[0] }

    /// The engine's decision on the companion asked about, for a target version (nil: the file's own).
    public func decision(target: KubernetesVersion? = nil) -> CompanionDecision {
        decision(answers: companion.answers, target: target)
    }

    /// The engine's decision on the companion asked about, had it these answers instead of the scenario's.
    public func decision(answers: Answers, target: KubernetesVersion? = nil) -> CompanionDecision {
        var design = design
        if let target { design.kubernetes = target }
        design.companions[0].answers = answers
        return Advisor.decide(design).companions[0]
    }

    /// The answers that decided the placement: those the rule reads, or for a co-located companion those
    /// of every justification that holds plus the ones that give its role. In question order.
    public static func decidingQuestions(_ decision: CompanionDecision) -> [Question] {
        let answers = decision.companion.answers
        var asked = Set(decision.rule.questions)
        if case let .colocated(_, _, justifications) = decision.placement {
            asked.formUnion(justifications.flatMap(\.questions))
            asked.formUnion([.timing, .function])
        }
        return answers.applicableQuestions.filter(asked.contains)
    }
}
