import Foundation

/// A learner's result as the class mode writes it: one JSON line (sorted keys, no spaces) that a teacher collects.
/// The fields are documented in docs/DECISIONS.md (2026-12-03, issue 14); `version` changes when one does.
public struct QuizReport: Codable, Hashable, Sendable {
    /// Always `quiz-result`, so a collector can tell the line from others.
    public var kind = "quiz-result"
    /// The format's version.
    public var version = 1
    /// The learner's name as given with `--name`, or nil.
    public var name: String?
    /// The seed of the order, as a decimal string (64-bit seeds do not fit a JSON number everywhere).
    public var seed: String
    /// How the learner answered: `questions` or `placement`.
    public var level: QuizLevel
    /// The language the quiz was shown in (`en`, `ko`).
    public var language: String
    /// The Kubernetes version the engine decided for (`--kubernetes`), or nil for each scenario's own.
    public var kubernetes: String?
    /// How many questions the quiz had.
    public var count: Int
    /// How many were answered (fewer when the learner ended early).
    public var answered: Int
    /// Whether every question was answered.
    public var finished: Bool
    /// How many answered questions were right.
    public var score: Int
    /// The answered questions, in the order asked.
    public var questions: [QuizReportQuestion]

    /// The report of a quiz as it stands.
    public init(quiz: Quiz, seed: UInt64, name: String?, language: String) {
        self.name = name
        self.seed = String(seed)
        level = quiz.level
        self.language = language
        kubernetes = quiz.target?.description
        count = quiz.scenarios.count
        answered = quiz.results.count
        finished = quiz.isFinished
        score = quiz.score
        questions = quiz.results.enumerated().map { QuizReportQuestion(number: $0.offset + 1, $0.element) }
    }

    /// Every field is written, a missing name or version as null, so each line has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(version, forKey: .version)
        try container.encode(name, forKey: .name)
        try container.encode(seed, forKey: .seed)
        try container.encode(level, forKey: .level)
        try container.encode(language, forKey: .language)
        try container.encode(kubernetes, forKey: .kubernetes)
        try container.encode(count, forKey: .count)
        try container.encode(answered, forKey: .answered)
        try container.encode(finished, forKey: .finished)
        try container.encode(score, forKey: .score)
        try container.encode(questions, forKey: .questions)
    }

    /// The report as one line of JSON, without its newline.
    public var line: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
