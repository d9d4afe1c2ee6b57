import TextWidth

/// The class as the teacher's screen shows it: every learner seen, in the order they first came, with their progress.
public struct ClassBoard: Sendable, Hashable {
    /// One learner's row.
    public struct Learner: Sendable, Hashable {
        public var name: String
        public var language: String
        public var connected: Bool
        /// The latest progress (nil before the first answer).
        public var progress: LearnerProgress?
    }

    public private(set) var learners: [Learner] = []
    /// How many questions the class's quiz has (for learners with no answer yet).
    public var count: Int

    public init(count: Int) {
        self.count = count
    }

    /// A learner connected (again).
    public mutating func join(_ login: LoginName, progress: LearnerProgress?) {
        if let index = learners.firstIndex(where: { $0.name == login.name }) {
            learners[index].connected = true
            learners[index].language = login.language
            if let progress { learners[index].progress = progress }
        } else {
            learners.append(Learner(name: login.name, language: login.language, connected: true, progress: progress))
        }
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

    /// The table: a line per learner (name, language, state, answered of count, score, a mark per question: `+`
    /// right, `x` wrong, `.` not yet), then the most missed questions.
    public func lines(_ text: (ServerMessage) -> String) -> [String] {
        let names = text(.columns).split(separator: "|").map(String.init) + Array(repeating: "", count: 6)
        let width = max(12, (learners.map(\.name.displayWidth).max() ?? 0) + 2)
        var lines = [pad(names[0], width) + pad(names[1], 6) + pad(names[2], 12) + pad(names[3], 9) + pad(names[4], 7) + names[5]]
        if learners.isEmpty { lines.append(text(.nobody)) }
        for learner in learners {
            let report = learner.progress?.report
            let total = report?.count ?? count
            let marks = (0..<total).map { index -> Character in
                guard let questions = report?.questions, index < questions.count else { return "." }
                return questions[index].right ? "+" : "x"
            }
            let state = text(.state(connected: learner.connected))
            let progress = "\(report?.answered ?? 0)/\(total)"
            lines.append(
                pad(learner.name, width) + pad(learner.language, 6) + pad(state, 12) + pad(progress, 9)
                    + pad(String(report?.score ?? 0), 7) + String(marks)
            )
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
