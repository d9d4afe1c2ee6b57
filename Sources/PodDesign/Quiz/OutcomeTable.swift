import PodModel

/// The engine's placement for every way to answer the seven co-location questions (2·2·2·2·2·2·3 = 384 ways),
/// worked out once; a way is a number in mixed radix, the first question the lowest digit.
struct OutcomeTable: Sendable {
    /// How many answers each question has, in question order.
    let radices: [Int]
    /// The place value of each question's digit.
    let weights: [Int]
    /// The placement of each way, by its number.
    let outcomes: [QuizAnswer]

    static let shared = OutcomeTable()

    init() {
        radices = Question.allCases.map(\.choices.count)
        var weights: [Int] = []
        var total = 1
        for radix in radices {
            weights.append(total)
            total *= radix
        }
        self.weights = weights
        let questions = Question.allCases
        outcomes = (0..<total).map { [radices, weights] number in
            var answers = Answers()
            for (position, question) in questions.enumerated() {
                answers.set(question.choices[number / weights[position] % radices[position]])
            }
            return QuizSheet.outcome(answers)
        }
    }

    /// The answer (its index among the question's choices) a way gives to the question at `position`.
    func digit(_ number: Int, _ position: Int) -> Int { number / weights[position] % radices[position] }
}
