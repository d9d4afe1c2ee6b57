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
    /// The quiz could not be started.
    case startFailed(String)
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
    /// Teacher's screen: no learner yet.
    case nobody
    /// Teacher's screen: the questions most got wrong.
    case missed(String)
    /// One question in the missed list: its id and how many got it wrong of how many answered.
    case missedItem(id: String, wrong: Int, answered: Int)
    /// Event line: a learner connected.
    case eventJoined(name: String, language: String)
    /// Event line: a learner answered a question.
    case eventAnswered(name: String, answered: Int, count: Int, right: Bool, score: Int)
    /// Event line: a learner reached the score.
    case eventScored(name: String, score: Int, count: Int)
    /// Event line: a learner's session ended.
    case eventLeft(name: String)
}
