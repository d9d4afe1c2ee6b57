import Foundation

/// What the server reads of a `podwright quiz --progress` line: the event and the parts of the report it shows.
public struct LearnerProgress: Decodable, Sendable, Hashable {
    /// One answered question: the scenario and whether the placement was right.
    public struct Question: Decodable, Sendable, Hashable {
        public var id: String
        public var right: Bool
    }

    /// The report's fields the teacher's screen uses.
    public struct Report: Decodable, Sendable, Hashable {
        public var count: Int
        public var answered: Int
        public var score: Int
        public var questions: [Question]
    }

    /// `answer` or `score`.
    public var event: String
    public var report: Report

    /// Reads a line; nil when it is not a progress line.
    public static func read(_ line: String) -> LearnerProgress? {
        try? JSONDecoder().decode(LearnerProgress.self, from: Data(line.utf8))
    }

    /// Whether the learner has reached the score page.
    public var scored: Bool { event == "score" }
}
