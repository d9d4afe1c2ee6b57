import Foundation

/// One line `podwright quiz --progress` writes: the report as it stands after an answer (`answer`) or once the score
/// is shown (`score`); `podwright serve` reads them to show the class and to resume a learner who reconnects.
public struct QuizProgress: Codable, Hashable, Sendable {
    /// `answer` or `score`.
    public var event: String
    /// The learner's report at that moment.
    public var report: QuizReport

    public init(event: String, report: QuizReport) {
        self.event = event
        self.report = report
    }

    /// The line without its newline (the report's own encoding, wrapped).
    public var line: String { #"{"event":"\#(event)","report":\#(report.line)}"# }

    /// Reads a line; nil when it is not one.
    public static func read(_ line: String) -> QuizProgress? {
        try? JSONDecoder().decode(QuizProgress.self, from: Data(line.utf8))
    }
}
