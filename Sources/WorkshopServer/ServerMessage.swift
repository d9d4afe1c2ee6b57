/// Every text the server shows, to a learner or on the teacher's screen; `podwright serve` words them from its catalog.
public enum ServerMessage: Sendable, Hashable {
    /// A learner's client asked to run a command.
    case execRefused
    /// A learner's client asked for a subsystem (sftp, ...).
    case subsystemRefused(String)
    /// A shell without a pseudo-terminal.
    case needsTerminal
    /// The session limit is reached.
    case classFull(Int)
    /// Someone with this name is connected already.
    case nameInUse(String)
    /// The program could not be started.
    case startFailed(String)
    /// The menu's first line, with the learner's name.
    case menuTitle(name: String)
    /// The menu's question.
    case menuQuestion
    /// A program in the menu: its name and what it is for.
    case menuItem(WorkshopProgram)
    /// The menu's keys (number keys up to `count`).
    case menuKeys(count: Int)
    /// Teacher's screen: the first line (how to connect).
    case header(host: String, port: Int, code: String)
    /// Teacher's screen: the host key's fingerprint (learners' clients show it on the first connection).
    case hostKey(String)
    /// Teacher's screen: where results go.
    case resultsFile(String)
    /// Teacher's screen: the table's column names.
    case columns
    /// Teacher's screen: a learner's state (connected or left).
    case state(connected: Bool)
    /// Teacher's screen: the program a learner has open (short).
    case program(WorkshopProgram)
    /// Teacher's screen: a learner still in the menu.
    case inMenu
    /// A learner's design in one line: its name and its companions' placements.
    case design(name: String, companions: String)
    /// A companion placed in a workload of its own, of this kind.
    case designSeparate(String)
    /// A design with no companion yet.
    case designEmpty
    /// Teacher's screen: no learner yet.
    case nobody
    /// Teacher's screen: the questions most got wrong.
    case missed(String)
    /// One question in the missed list: its id and how many got it wrong of how many answered.
    case missedItem(id: String, wrong: Int, answered: Int)
    /// Event line: a learner connected.
    case eventJoined(name: String, language: String)
    /// Event line: a learner opened a program from the menu.
    case eventOpened(name: String, program: WorkshopProgram)
    /// Event line: a learner's design changed (the design in one line).
    case eventDesign(name: String, design: String)
    /// Event line: a learner answered a question.
    case eventAnswered(name: String, answered: Int, count: Int, right: Bool, score: Int)
    /// Event line: a learner reached the score.
    case eventScored(name: String, score: Int, count: Int)
    /// Event line: a learner's session ended.
    case eventLeft(name: String)
}
