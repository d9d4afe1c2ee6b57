import Foundation
import TextWidth

/// The class while the server runs: who is connected, the board, each learner's last progress line and last design
/// (kept in the state folder, so a learner who reconnects resumes even after the server restarted), and the teacher's
/// screen.
final class ClassRoom: @unchecked Sendable {
    private let lock = NSLock()
    private var board: ClassBoard
    private var active: Set<String> = []
    private var changes = 0
    private var drawn = -1
    /// The teacher's terminal width the screen was last drawn for (a resize redraws it).
    private var drawnColumns = 0
    let settings: ServerSettings
    /// The teacher's texts (the server's language).
    let text: @Sendable (ServerMessage) -> String
    /// A learner's texts, in their language (`en`, `ko`): the menu and the reasons for refusals.
    let learnerText: @Sendable (ServerMessage, String) -> String
    /// The first lines of the teacher's screen (how to connect, where results go).
    let header: [String]

    init(
        settings: ServerSettings, header: [String], text: @escaping @Sendable (ServerMessage) -> String,
        learnerText: @escaping @Sendable (ServerMessage, String) -> String
    ) throws {
        self.settings = settings
        self.text = text
        self.learnerText = learnerText
        self.header = header
        board = ClassBoard(count: settings.count ?? 0)
        for folder in [settings.progressFolder, settings.advisorFolder] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
    }

    /// Lets a learner in; the reason when not (the class is full, the name is in use).
    func admit(_ login: LoginName) -> ServerMessage? {
        let refusal: ServerMessage? = lock.withLock {
            if active.contains(login.name) { return .nameInUse(login.name) }
            if active.count >= settings.sessionLimit { return .classFull(settings.sessionLimit) }
            active.insert(login.name)
            board.join(login, progress: lastProgress(login.name), design: lastDesign(login.name))
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

    /// A learner opened a program.
    func opened(_ name: String, _ program: WorkshopProgram) {
        lock.withLock {
            board.open(name, program)
            changes += 1
        }
        event(.eventOpened(name: name, program: program))
    }

    /// A line from a learner's program: a design from the advisor, or progress from the quiz.
    func record(_ name: String, line: String) {
        if let design = LearnerDesign.read(line) {
            record(name, design: design, line: line)
            return
        }
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

    /// A design from a learner's advisor: kept in the learner's advisor folder, shown on the board and, when it
    /// changed, as an event line.
    private func record(_ name: String, design: LearnerDesign, line: String) {
        let changed: Bool = lock.withLock {
            guard board.learners.first(where: { $0.name == name })?.design != design else { return false }
            board.record(name, design)
            changes += 1
            return true
        }
        guard changed else { return }
        try? Data((line + "\n").utf8).write(to: URL(fileURLWithPath: designPath(name)), options: .atomic)
        event(.eventDesign(name: name, design: design.summary(text)))
    }

    /// The learner's last design, from the file.
    func lastDesign(_ name: String) -> LearnerDesign? {
        guard let text = try? String(contentsOfFile: designPath(name), encoding: .utf8) else { return nil }
        return text.split(separator: "\n").last.flatMap { LearnerDesign.read(String($0)) }
    }

    /// The learner's own folder for the advisor (its autosave and last design), made if missing; the learner's name
    /// is letters, digits, `-` and `_` only (`LoginName`), so it stays inside the advisor folder.
    func advisorFolder(_ name: String) throws -> String {
        let folder = settings.advisorFolder + "/" + name
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return folder
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

    /// Redraws the teacher's live screen when something changed since the last time, or the terminal's width did
    /// (it is read at every tick, so a resize, SIGWINCH, is followed without a signal handler); every line is cut to
    /// the width, so none wraps.
    func redraw() {
        guard settings.live else { return }
        let columns = Self.terminalColumns()
        let lines: [String]? = lock.withLock {
            guard changes != drawn || columns != drawnColumns else { return nil }
            drawn = changes
            drawnColumns = columns
            return header.map { $0.fitted(toWidth: columns) } + [""] + board.lines(text, columns: columns)
        }
        guard let lines else { return }
        let screen = "\u{1B}[H\u{1B}[2J" + lines.joined(separator: "\r\n") + "\r\n"
        FileHandle.standardOutput.write(Data(screen.utf8))
    }

    /// On a teacher's screen that is not a terminal: one line per event.
    private func event(_ message: ServerMessage) {
        guard !settings.live else { return }
        FileHandle.standardOutput.write(Data((text(message) + "\n").utf8))
    }

    /// The width of the teacher's terminal (standard output), 80 when it does not say.
    static func terminalColumns() -> Int {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    private func designPath(_ name: String) -> String {
        settings.advisorFolder + "/" + name + "/design.json"
    }

    private func progressPath(_ name: String) -> String {
        settings.progressFolder + "/" + name + ".json"
    }
}
