/// What `podwright serve` was asked for: where to listen, the class code, the class's quiz and where files go.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    public var classCode: String
    public var seed: UInt64
    public var count: Int?
    /// The results file (absolute path); each finished quiz appends its line.
    public var results: String
    /// Where the host key and the learners' progress are kept (`$XDG_STATE_HOME/podwright`).
    public var stateFolder: String
    /// The podwright binary the sessions run.
    public var executable: String
    /// The learners' language when their name has no `.en` or `.ko`.
    public var language: String
    public var sessionLimit: Int
    /// Seconds without a key from the learner before the connection is closed.
    public var idleSeconds: Int
    /// The programs learners may open, in the menu's order (one: no menu).
    public var offer: [WorkshopProgram]
    /// Whether the teacher's screen is a live table (a terminal) or one line per event.
    public var live: Bool

    public init(
        host: String, port: Int, classCode: String, seed: UInt64, count: Int?, results: String, stateFolder: String,
        executable: String, language: String, sessionLimit: Int, idleSeconds: Int, live: Bool,
        offer: [WorkshopProgram] = WorkshopProgram.allCases
    ) {
        self.offer = offer
        self.host = host
        self.port = port
        self.classCode = classCode
        self.seed = seed
        self.count = count
        self.results = results
        self.stateFolder = stateFolder
        self.executable = executable
        self.language = language
        self.sessionLimit = sessionLimit
        self.idleSeconds = idleSeconds
        self.live = live
    }

    /// The folder of the learners' advisor folders (one per name: autosave and last design), the same for every
    /// class, so a learner's design outlives the class's quiz.
    public var advisorFolder: String {
        stateFolder + "/advisor"
    }

    /// The folder of this class's progress files: one per seed and count, so another class's answers are not resumed.
    public var progressFolder: String {
        stateFolder + "/class-" + String(seed) + "-" + (count.map(String.init) ?? "all")
    }
}
