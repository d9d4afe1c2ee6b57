import Foundation

/// Where `podwright quiz --results` writes the learner's JSON line: a file opened for appending before the quiz
/// starts (so a bad path fails before any answer is given), or standard output once the terminal is restored.
struct QuizResultsFile {
    /// The open file (nil: standard output).
    private let descriptor: Int32?

    /// Opens `path` for appending, creating it when missing; `-` is standard output. The reason when it cannot.
    static func open(_ path: String) -> Result<QuizResultsFile, QuizResultsProblem> {
        if path == "-" { return .success(QuizResultsFile(descriptor: nil)) }
        let fd = Foundation.open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { return .failure(QuizResultsProblem(reason: String(cString: strerror(errno)))) }
        return .success(QuizResultsFile(descriptor: fd))
    }

    /// Appends one line with a single write (lines from several learners appending to one file do not interleave),
    /// then closes the file; the reason when it fails.
    func write(_ line: String) -> String? {
        let data = Data((line + "\n").utf8)
        guard let descriptor else {
            FileHandle.standardOutput.write(data)
            return nil
        }
        defer { Foundation.close(descriptor) }
        let written = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == data.count, fsync(descriptor) == 0 else { return String(cString: strerror(errno)) }
        return nil
    }

    /// Closes the file without writing (the learner left before the score).
    func close() {
        if let descriptor { Foundation.close(descriptor) }
    }
}
