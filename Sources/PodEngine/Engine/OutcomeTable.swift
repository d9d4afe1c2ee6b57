import PodModel

/// One outcome of the engine for every way to answer the seven co-location questions (2·2·2·2·2·2·3 = 192 ways),
/// worked out once; a way is a number in mixed radix, the first question the lowest digit. It tells which questions
/// not answered yet can still change the outcome.
public struct OutcomeTable: Sendable {
    /// How many answers each question has, in question order.
    let radices: [Int]
    /// The place value of each question's digit.
    let weights: [Int]
    /// The outcome of each way, by its number: the position of its outcome among the outcomes met (only equality counts).
    let outcomes: [Int]

    /// The table of `outcome` over every way to answer.
    public init<Outcome: Hashable>(_ outcome: (Answers) -> Outcome) {
        radices = Question.allCases.map(\.choices.count)
        var weights: [Int] = []
        var total = 1
        for radix in radices {
            weights.append(total)
            total *= radix
        }
        self.weights = weights
        var seen: [Outcome: Int] = [:]
        var outcomes: [Int] = []
        outcomes.reserveCapacity(total)
        for number in 0..<total {
            var answers = Answers()
            for (position, question) in Question.allCases.enumerated() {
                answers.set(question.choices[number / weights[position] % radices[position]])
            }
            let value = outcome(answers)
            if seen[value] == nil { seen[value] = seen.count }
            outcomes.append(seen[value]!)
        }
        self.outcomes = outcomes
    }

    /// What the advisor's questions decide: the rule that places a companion, and its role when co-located (whether
    /// it is a native sidecar follows from the role and the target).
    public static let decision = OutcomeTable { answers in
        let decision = Advisor.decide(Companion(name: "companion", image: "image", answers: answers), native: false, serving: "main")
        return DecidedOutcome(rule: decision.rule, role: decision.placement.role)
    }

    /// The answer (its index among the question's choices) a way gives to the question at `position`.
    func digit(_ number: Int, _ position: Int) -> Int { number / weights[position] % radices[position] }

    /// The questions without an answer in `given` whose answer still changes the outcome for some answers to the
    /// other open questions, in `order` (a question missing from `order` is left out).
    public func openQuestions(given: [Answer], in order: [Question] = Question.allCases) -> [Question] {
        let questions = Question.allCases
        // The digit each given answer fixes (nil: still open).
        var fixed: [Int?] = Array(repeating: nil, count: questions.count)
        for answer in given {
            let position = questions.firstIndex(of: answer.question)!
            fixed[position] = answer.question.choices.firstIndex(of: answer)
        }
        let agreeing = outcomes.indices.filter { number in
            fixed.indices.allSatisfy { fixed[$0] == nil || digit(number, $0) == fixed[$0] }
        }
        return order.filter { question in
            let position = questions.firstIndex(of: question)!
            guard fixed[position] == nil else { return false }
            // Two ways to answer, alike but for this question and agreeing with the given answers, with different outcomes.
            let weight = weights[position]
            return agreeing.contains { number in
                digit(number, position) == 0
                    && (1..<radices[position]).contains { outcomes[number + $0 * weight] != outcomes[number] }
            }
        }
    }
}
