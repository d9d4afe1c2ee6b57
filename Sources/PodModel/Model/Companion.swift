/// A container that might share the main container's pod, with its answers.
public struct Companion: Hashable, Sendable {
    public var name: String
    public var image: String
    /// The container it helps, when not the main one: its answers are about that container, and it joins that
    /// container's pod when co-located (`serves`).
    public var serves: String?
    /// Where its `serves` is written, for messages about it.
    public var servesLocation: SourceLocation?
    public var answers: Answers
    public var sharedPaths: [String]
    public var ports: [Port]
    public var localPort: Int?
    public var upstream: String?
    /// Its command, arguments, environment, data path and security profile.
    public var settings: ContainerSettings
    /// The comment written beside each answer in the design file (`podwright import` says there where
    /// the answer came from); shown with the question in the advisor and written back on save.
    public var notes: [Question: String]
    /// Where the companion's entry starts in the design file.
    public var location: SourceLocation
    /// Where its `localPort` is written, for messages about it.
    public var localPortLocation: SourceLocation?
    /// Where each given answer is written, for messages about it.
    public var answerLocations: [Question: SourceLocation] = [:]

    public init(
        name: String, image: String, serves: String? = nil, answers: Answers = Answers(), sharedPaths: [String] = [],
        ports: [Port] = [], localPort: Int? = nil, upstream: String? = nil, settings: ContainerSettings = ContainerSettings(),
        location: SourceLocation = .start, localPortLocation: SourceLocation? = nil, notes: [Question: String] = [:]
    ) {
        self.name = name
        self.image = image
        self.serves = serves
        self.answers = answers
        self.sharedPaths = sharedPaths
        self.ports = ports
        self.localPort = localPort
        self.upstream = upstream
        self.settings = settings
        self.location = location
        self.localPortLocation = localPortLocation
        self.notes = notes
    }
}
