import PodDesign
import PodModel

/// The answers a person has given so far, by question; kept in autosaves as `{"lifecycle": "same"}`.
public struct GivenAnswers: Hashable, Sendable, Codable {
    private var answers: [Question: Answer] = [:]

    public init() {}

    /// The answer given to a question, or nil while it has not been asked.
    public subscript(question: Question) -> Answer? { answers[question] }

    /// Records an answer to its question.
    public mutating func give(_ answer: Answer) { answers[answer.question] = answer }

    /// Every answer given, in question order.
    public var all: [Answer] { Question.allCases.compactMap { answers[$0] } }

    public init(from decoder: any Decoder) throws {
        let words = try [Question: String](from: decoder)
        for (question, word) in words { answers[question] = Answer(question, word: word) }
    }

    public func encode(to encoder: any Encoder) throws {
        try answers.mapValues(\.word).encode(to: encoder)
    }
}
