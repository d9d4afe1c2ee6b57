import TextWidth

/// The class as the teacher's screen shows it: every learner seen, in the order they first came, with their quiz
/// progress and their design in the advisor.
public struct ClassBoard: Sendable, Hashable {
    /// One learner's row.
    public struct Learner: Sendable, Hashable {
        public var name: String
        public var language: String
        public var connected: Bool
        /// The latest progress (nil before the first answer).
        public var progress: LearnerProgress?
        /// The program open (or last open); nil while in the menu.
        public var program: WorkshopProgram?
        /// The latest design from the advisor (nil before the first change).
        public var design: LearnerDesign?

        /// Whether the row shows the design rather than the quiz: in the advisor, or with a design and no answer.
        var showsDesign: Bool {
            program == .advisor || (design != nil && progress == nil && program != .quiz)
        }
    }

    public private(set) var learners: [Learner] = []
    /// How many questions the class's quiz has (for learners with no answer yet).
    public var count: Int

    public init(count: Int) {
        self.count = count
    }

    /// A learner connected (again).
    public mutating func join(_ login: LoginName, progress: LearnerProgress?, design: LearnerDesign? = nil) {
        if let index = learners.firstIndex(where: { $0.name == login.name }) {
            learners[index].connected = true
            learners[index].language = login.language
            learners[index].program = nil
            if let progress { learners[index].progress = progress }
            if let design { learners[index].design = design }
        } else {
            learners.append(Learner(name: login.name, language: login.language, connected: true, progress: progress, design: design))
        }
    }

    /// A learner opened a program from the menu (or the only one offered).
    public mutating func open(_ name: String, _ program: WorkshopProgram) {
        if let index = learners.firstIndex(where: { $0.name == name }) { learners[index].program = program }
    }

    /// A learner's advisor reported their design.
    public mutating func record(_ name: String, _ design: LearnerDesign) {
        if let index = learners.firstIndex(where: { $0.name == name }) { learners[index].design = design }
    }

    /// A learner's session ended.
    public mutating func leave(_ name: String) {
        if let index = learners.firstIndex(where: { $0.name == name }) { learners[index].connected = false }
    }

    /// A learner's quiz reported progress.
    public mutating func record(_ name: String, _ progress: LearnerProgress) {
        if let index = learners.firstIndex(where: { $0.name == name }) { learners[index].progress = progress }
    }

    /// How many learners are connected.
    public var connectedCount: Int { learners.filter(\.connected).count }

    /// The questions answered wrong by at least one learner: id, how many wrong, how many answered; most wrong first,
    /// then by id.
    public var missed: [(id: String, wrong: Int, answered: Int)] {
        var tally: [String: (wrong: Int, answered: Int)] = [:]
        for learner in learners {
            for question in learner.progress?.report.questions ?? [] {
                var entry = tally[question.id] ?? (0, 0)
                entry.answered += 1
                if !question.right { entry.wrong += 1 }
                tally[question.id] = entry
            }
        }
        return tally.filter { $0.value.wrong > 0 }
            .map { (id: $0.key, wrong: $0.value.wrong, answered: $0.value.answered) }
            .sorted { ($1.wrong, $0.id) < ($0.wrong, $1.id) }
    }

    /// The table: a line per learner (name, language, state, program, then answered of count, score, a mark per
    /// question: `+` right, `x` wrong, `.` not yet; or, in the advisor, the design in one line), then the most missed
    /// questions. With `columns`, every line is cut to that many terminal columns (ending in `…`), so none wraps.
    public func lines(_ text: (ServerMessage) -> String, columns: Int? = nil) -> [String] {
        let lines = table(text)
        guard let columns else { return lines }
        return lines.map { $0.fitted(toWidth: max(1, columns)) }
    }

    private func table(_ text: (ServerMessage) -> String) -> [String] {
        let names = text(.columns).split(separator: "|").map(String.init) + Array(repeating: "", count: 7)
        let width = max(12, (learners.map(\.name.displayWidth).max() ?? 0) + 2)
        let programWidth = max(10, (WorkshopProgram.allCases.map { text(.program($0)) } + [text(.inMenu), names[3]]).map(\.displayWidth).max()! + 2)
        var lines = [pad(names[0], width) + pad(names[1], 6) + pad(names[2], 12) + pad(names[3], programWidth) + pad(names[4], 9) + pad(names[5], 7) + names[6]]
        if learners.isEmpty { lines.append(text(.nobody)) }
        for learner in learners {
            let state = text(.state(connected: learner.connected))
            let program = learner.program.map { text(.program($0)) } ?? text(.inMenu)
            let start = pad(learner.name, width) + pad(learner.language, 6) + pad(state, 12) + pad(program, programWidth)
            if learner.showsDesign {
                // In the advisor before the first change: the row ends with the program.
                lines.append(learner.design.map { start + $0.summary(text) } ?? String(start.reversed().drop { $0 == " " }.reversed()))
                continue
            }
            let report = learner.progress?.report
            let total = report?.count ?? count
            let marks = (0..<total).map { index -> Character in
                guard let questions = report?.questions, index < questions.count else { return "." }
                return questions[index].right ? "+" : "x"
            }
            let progress = "\(report?.answered ?? 0)/\(total)"
            lines.append(start + pad(progress, 9) + pad(String(report?.score ?? 0), 7) + String(marks))
        }
        let worst = missed.prefix(5).map { text(.missedItem(id: $0.id, wrong: $0.wrong, answered: $0.answered)) }
        if !worst.isEmpty {
            lines.append("")
            lines.append(text(.missed(worst.joined(separator: ", "))))
        }
        return lines
    }

    /// The text followed by spaces up to a width of terminal columns (one space at least).
    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.displayWidth))
    }
}
