import PodDesign
import PodModel

/// The design as a person is typing it: every field as text, answers only once given.
/// It is what autosave keeps, so a half-typed session survives a crash.
public struct Draft: Codable, Hashable, Sendable {
    public var name = "my-app"
    public var kubernetes = KubernetesVersion.newest.description
    public var sidecarStyle = SidecarStyle.auto.rawValue
    public var mainName = "app"
    public var mainImage = ""
    public var workload = Workload.service.rawValue
    public var replicas = "1"
    public var mainPorts = ""
    public var companions: [DraftCompanion] = []
    /// The top-level fields the advisor does not ask (`security`), carried through as the file wrote them
    /// (nil in autosaves from before them).
    public var carriedTop: [YAMLEntry]?
    /// The main container's fields the advisor does not ask (command, args, env, ...), carried through as written.
    public var carriedMain: [YAMLEntry]?

    public init() {}
}

/// One companion as typed: name, image, the answers given so far, and the channels as text.
public struct DraftCompanion: Codable, Hashable, Sendable {
    public var name: String
    public var image = ""
    /// The container it serves, as the file or the person named it; nil for the main container (nil in autosaves
    /// from before `serves`).
    public var serves: String?
    /// Answers given; a missing one has not been asked yet.
    public var answers = GivenAnswers()
    public var sharedPaths = ""
    public var ports = ""
    public var localPort = ""
    public var upstream = ""
    /// The note written beside an answer in the file it came from; an answer changed here loses its note,
    /// which spoke of the old one (nil in autosaves from before notes).
    public var notes: [Question: String]?
    /// The fields the advisor does not ask (command, args, env, ...), carried through as the file wrote them.
    public var carried: [YAMLEntry]?

    public init(name: String) { self.name = name }

    /// Gives an answer; a different one drops the note that explained the old one.
    public mutating func setAnswer(_ answer: Answer) {
        if answers[answer.question] != answer { notes?[answer.question] = nil }
        answers.give(answer)
    }

    /// Why the answer is what it is, as the design file said.
    public func note(_ question: Question) -> String? { notes?[question] }

    /// The answer given, or the one the engine would assume: the image catalogue's for the image, else the default.
    public func answer(_ question: Question) -> Answer {
        answers[question] ?? Companion.assumedAnswer(question, image: image, timing: timing)
    }

    /// Where the preselected answer to a question comes from; nil when it was given.
    public func assumption(_ question: Question) -> AnswerSource? {
        answers[question] == nil ? Companion.source(question, image: image, timing: timing) : nil
    }

    /// When it runs, given or assumed: what else is assumed depends on it.
    var timing: Timing {
        if case let .timing(timing) = answers[.timing] ?? Companion.assumedAnswer(.timing, image: image, timing: .alongside) {
            return timing
        }
        return .alongside
    }

    /// The answers as the engine sees them (assumed ones for those not given).
    public var engineAnswers: Answers {
        var engine = Answers()
        for question in Question.allCases { engine.set(answer(question)) }
        return engine
    }
}
