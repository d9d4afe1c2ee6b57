import AdvisorApp
import Foundation
import PodDesign

/// Writes `podwright quiz --progress` lines: one each time an answer is added and one when the score is shown, each
/// with a single write (the reader is `podwright serve`, on a pipe).
final class QuizProgressWriter {
    private let descriptor: Int32
    private let seed: UInt64
    private let name: String?
    private let language: String
    private var answered = 0
    private var scored = false

    /// Opens the path for appending; nil when it cannot be opened (the quiz runs without progress).
    init?(path: String, seed: UInt64, name: String?, language: String) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        descriptor = fd
        self.seed = seed
        self.name = name
        self.language = language
    }

    deinit { close(descriptor) }

    /// Takes the quiz as it starts (a resumed quiz already has answers) without writing.
    func seen(_ state: QuizScreen) {
        answered = state.quiz.results.count
        scored = state.showsScore
    }

    /// Writes a line when the quiz has a new answer or has just shown its score.
    func observe(_ state: QuizScreen) {
        let count = state.quiz.results.count
        if count != answered {
            answered = count
            send(QuizProgress(event: "answer", report: report(state)))
        }
        if state.showsScore, !scored {
            scored = true
            send(QuizProgress(event: "score", report: report(state)))
        }
    }

    private func report(_ state: QuizScreen) -> QuizReport {
        QuizReport(quiz: state.quiz, seed: seed, name: name, language: language)
    }

    private func send(_ progress: QuizProgress) {
        let bytes = Array((progress.line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
