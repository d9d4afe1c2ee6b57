import PodEngine
import PodModel

/// The learner's answers to the co-location questions for one scenario, in the order given, and the question to ask
/// next: the first (in question order) whose answer can still change where the engine puts the companion.
public struct QuizSheet: Hashable, Sendable {
    /// The answers given, in order.
    public private(set) var given: [Answer] = []
    /// The question to ask next; nil when no remaining answer can change the placement.
    public private(set) var next: Question?

    public init() {
        next = Self.nextQuestion(given: [])
    }

    /// The sheet with these answers given in order (each must be the one asked next).
    public init(_ answers: [Answer]) {
        self.init()
        for answer in answers { give(answer) }
    }

    /// Whether every answer that matters is given.
    public var isComplete: Bool { next == nil }

    /// The questions asked so far, in order.
    public var asked: [Question] { given.map(\.question) }

    /// The answers as the engine reads them; questions not asked keep the defaults (by construction they cannot
    /// change the placement).
    public var answers: Answers {
        var answers = Answers()
        for answer in given { answers.set(answer) }
        return answers
    }

    /// Gives the answer to the question asked next; an answer to any other question is ignored.
    public mutating func give(_ answer: Answer) {
        guard answer.question == next else { return }
        given.append(answer)
        next = Self.nextQuestion(given: given)
    }

    /// Takes the last answer back; false when there was none.
    @discardableResult
    public mutating func takeBack() -> Bool {
        guard !given.isEmpty else { return false }
        given.removeLast()
        next = Self.nextQuestion(given: given)
        return true
    }

    /// The first question not yet answered (in question order) whose answer still changes the placement for some
    /// answers to the others.
    static func nextQuestion(given: [Answer]) -> Question? {
        OutcomeTable.quiz.openQuestions(given: given).first
    }

    /// Where the engine puts a companion with these answers.
    static func outcome(_ answers: Answers) -> QuizAnswer {
        let companion = Companion(name: "companion", image: "image", answers: answers)
        return QuizAnswer(Advisor.decide(companion, native: false, serving: "main").placement)
    }
}
