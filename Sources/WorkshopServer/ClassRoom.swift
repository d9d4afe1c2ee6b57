import Foundation

/// The class while the server runs: who is connected, the board, each learner's last progress line (kept in the
/// state folder, so a learner who reconnects resumes even after the server restarted), and the teacher's screen.
final class ClassRoom: @unchecked Sendable {
    private let lock = NSLock()
    private var board: ClassBoard
    private var active: Set<String> = []
    private var changes = 0
    private var drawn = -1
    let settings: ServerSettings
    let text: @Sendable (ServerMessage) -> String
    /// The first lines of the teacher's screen (how to connect, where results go).
    let header: [String]

    init(settings: ServerSettings, header: [String], text: @escaping @Sendable (ServerMessage) -> String) throws {
        self.settings = settings
        self.text = text
        self.header = header
        board = ClassBoard(count: settings.count ?? 0)
        try FileManager.default.createDirectory(
            atPath: settings.progressFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
        )
    }

    /// Lets a learner in; the reason when not (the class is full, the name is in use).
    func admit(_ login: LoginName) -> ServerMessage? {
        let refusal: ServerMessage? = lock.withLock {
            if active.contains(login.name) { return .nameInUse(login.name) }
            if active.count >= settings.sessionLimit { return .classFull(settings.sessionLimit) }
            active.insert(login.name)
            board.join(login, progress: lastProgress(login.name))
            changes += 1
            return nil
        }
        if refusal == nil { event(.eventJoined(name: login.name, language: login.language)) }
        return refusal
    }

    /// A learner's session ended.
    func leave(_ name: String) {
        lock.withLock {
            active.remove(name)
            board.leave(name)
            changes += 1
        }
        event(.eventLeft(name: name))
    }

    /// A progress line from a learner's quiz: kept in the learner's file, shown on the board.
    func record(_ name: String, line: String) {
        guard let progress = LearnerProgress.read(line) else { return }
        let path = progressPath(name)
        try? Data((line + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        lock.withLock {
            board.record(name, progress)
            changes += 1
        }
        let report = progress.report
        if progress.scored {
            event(.eventScored(name: name, score: report.score, count: report.count))
        } else {
            let right = report.questions.last?.right ?? false
            event(.eventAnswered(name: name, answered: report.answered, count: report.count, right: right, score: report.score))
        }
    }

    /// The learner's progress file when it holds a line (the quiz resumes from it).
    func resumeFile(_ name: String) -> String? {
        FileManager.default.fileExists(atPath: progressPath(name)) ? progressPath(name) : nil
    }

    /// The learner's last progress, from the file.
    func lastProgress(_ name: String) -> LearnerProgress? {
        guard let text = try? String(contentsOfFile: progressPath(name), encoding: .utf8) else { return nil }
        return text.split(separator: "\n").last.flatMap { LearnerProgress.read(String($0)) }
    }

    /// How many learners are connected.
    var activeCount: Int { lock.withLock { active.count } }

    /// Redraws the teacher's live screen when something changed since the last time.
    func redraw() {
        guard settings.live else { return }
        let lines: [String]? = lock.withLock {
            guard changes != drawn else { return nil }
            drawn = changes
            return board.lines(text)
        }
        guard let lines else { return }
        let screen = "\u{1B}[H\u{1B}[2J" + (header + [""] + lines).joined(separator: "\r\n") + "\r\n"
        FileHandle.standardOutput.write(Data(screen.utf8))
    }

    /// On a teacher's screen that is not a terminal: one line per event.
    private func event(_ message: ServerMessage) {
        guard !settings.live else { return }
        FileHandle.standardOutput.write(Data((text(message) + "\n").utf8))
    }

    private func progressPath(_ name: String) -> String {
        settings.progressFolder + "/" + name + ".json"
    }
}
