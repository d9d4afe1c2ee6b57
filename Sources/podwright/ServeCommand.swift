import ArgumentParser
import Foundation
import PodDesign
import PodText
import WorkshopServer

/// `podwright serve`: the workshop server, on which learners `ssh` into the quiz, the advisor or the pattern guide, and
/// the teacher sees the class.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a workshop: learners connect with ssh to the quiz, the advisor or the pattern guide; this terminal shows the class.",
        discussion: """
        Every learner runs `ssh -p PORT NAME@HOST` (NAME.ko@HOST for Korean, NAME.en@HOST for \
        English; without either, the language of this command's --lang or locale), types the class \
        code as the password, and picks from a menu what to open, each on a terminal of their own: \
        the quiz, the advisor or the pattern guide (--offer limits the menu; with one program \
        there is no menu). NAME is 1 to 32 letters, digits, '-' or '_'.

        The quiz has the class's --seed and --count, so everyone answers the same questions in \
        the same order. A learner who reconnects with the same name resumes after their last \
        answered question. Each learner's result line (see podwright quiz) is appended to the \
        results file once their score is shown.

        In the advisor, a learner's design is autosaved in their own folder on the server \
        ($XDG_STATE_HOME/podwright/advisor/NAME) and offered again when they come back; this \
        screen shows it (its name and each companion's placement). Opening, saving and writing \
        other files are refused: a learner reads and writes only their own session.

        The server listens on 127.0.0.1 unless --host says otherwise (--host 0.0.0.0 for the room). \
        Commands, subsystems, port forwarding, agent and X11 forwarding are refused. Its Ed25519 \
        host key is made on the first start and kept in $XDG_STATE_HOME/podwright (default \
        ~/.local/state/podwright), with the learners' progress.

        On a terminal, this screen is a live table of the class, cut to its width; otherwise one \
        line per event.

        Example:
          podwright serve --port 2222 --host 0.0.0.0 --seed 7 --count 5
          podwright serve --offer advisor,patterns
          ssh -p 2222 kim.ko@192.168.1.10
        """
    )

    @Option(help: ArgumentHelp("The TCP port to listen on (default: 2222).", valueName: "N"))
    var port: String = "2222"

    @Option(help: ArgumentHelp("The address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for every network).", valueName: "ADDRESS"))
    var host: String = "127.0.0.1"

    @Option(help: ArgumentHelp("The password every learner types (default: a new random code, shown on this screen).", valueName: "CODE"))
    var classCode: String?

    @Option(help: ArgumentHelp("The order of the questions, the same for the whole class (default: a random one, shown).", valueName: "N"))
    var seed: String?

    @Option(help: ArgumentHelp("How many questions each learner answers (default: all).", valueName: "N"))
    var count: String?

    @Option(help: ArgumentHelp("Where to append each learner's result line (default: podwright-class-DATE.jsonl in this folder).", valueName: "FILE"))
    var results: String?

    @Option(help: ArgumentHelp("What learners may open, in the menu's order: quiz, advisor, patterns, separated by commas (default: all three).", valueName: "LIST"))
    var offer: String = "quiz,advisor,patterns"

    @Option(help: ArgumentHelp("The most learners connected at once (default: 60).", valueName: "N"))
    var sessions: String = "60"

    @Option(help: ArgumentHelp("Minutes without a key before a learner's connection is closed (default: 30).", valueName: "MINUTES"))
    var idleTimeout: String = "30"

    @OptionGroup var common: CommonOptions

    func run() throws {
        let catalog = common.catalog
        guard let portValue = Int(port), (1...65535).contains(portValue) else { throw Failure.badInput(catalog[.serveErrorPort, ["found": port]]) }
        let order = try QuizOrderArguments(seed: seed, count: count)
            .values(catalog, seedError: .serveErrorSeed, countError: .serveErrorCount)
        let seedValue = order.seed ?? .random(in: .min ... .max)
        let countValue = order.count
        guard let limit = Int(sessions), (1...500).contains(limit) else { throw Failure.badInput(catalog[.serveErrorSessions, ["found": sessions]]) }
        guard let minutes = Int(idleTimeout), (1...600).contains(minutes) else { throw Failure.badInput(catalog[.serveErrorIdle, ["found": idleTimeout]]) }
        guard let programs = WorkshopProgram.offer(offer) else { throw Failure.badInput(catalog[.serveErrorOffer, ["found": offer]]) }
        let code = classCode ?? ClassCode.generate()
        guard (4...64).contains(code.count), !code.contains(where: \.isWhitespace) else {
            throw Failure.badInput(catalog[.serveErrorCode, ["found": code]])
        }
        let resultsPath = Self.absolute(results ?? "podwright-class-\(Self.today()).jsonl")
        let settings = ServerSettings(
            host: host, port: portValue, classCode: code, seed: seedValue, count: countValue, results: resultsPath,
            stateFolder: Self.stateFolder(), executable: Self.executable(),
            language: catalog.language.rawValue, sessionLimit: limit, idleSeconds: minutes * 60,
            live: isatty(1) == 1, offer: programs
        )
        do {
            let learnerCatalogs = Language.allCases.map { ($0.rawValue, Catalog($0)) }
            let learnerText: @Sendable (ServerMessage, String) -> String = { message, language in
                Self.text(message, learnerCatalogs.first { $0.0 == language }?.1 ?? catalog)
            }
            try WorkshopServer.run(settings, text: { Self.text($0, catalog) }, learnerText: learnerText) { header in
                if !settings.live { print(header.joined(separator: "\n")) }
                fflush(nil)
            }
        } catch let failure as ServerFailure {
            throw Failure.badInput(catalog[.serveErrorStart, ["reason": failure.reason]])
        }
    }

    /// The server's texts from the catalog.
    static func text(_ message: ServerMessage, _ catalog: Catalog) -> String {
        switch message {
        case .execRefused: catalog[.serveRefusedExec]
        case let .subsystemRefused(name): catalog[.serveRefusedSubsystem, ["name": name]]
        case .needsTerminal: catalog[.serveRefusedTerminal]
        case let .classFull(limit): catalog[.serveRefusedFull, ["limit": String(limit)]]
        case let .nameInUse(name): catalog[.serveRefusedName, ["name": name]]
        case let .startFailed(reason): catalog[.serveRefusedStart, ["reason": reason]]
        case let .header(host, port, code): catalog[.serveScreenHeader, ["host": host, "port": String(port), "code": code]]
        case let .hostKey(fingerprint): catalog[.serveScreenHostKey, ["fingerprint": fingerprint]]
        case let .resultsFile(path): catalog[.serveScreenResults, ["path": path]]
        case .columns: catalog[.serveScreenColumns]
        case let .state(connected): connected ? catalog[.serveScreenConnected] : catalog[.serveScreenLeft]
        case let .menuTitle(name): catalog[.serveMenuTitle, ["name": name]]
        case .menuQuestion: catalog[.serveMenuQuestion]
        case let .menuItem(program):
            switch program {
            case .quiz: catalog[.serveMenuQuiz]
            case .advisor: catalog[.serveMenuAdvisor]
            case .patterns: catalog[.serveMenuPatterns]
            }
        case let .menuKeys(count): catalog[.serveMenuKeys, ["count": String(count)]]
        case let .program(program):
            switch program {
            case .quiz: catalog[.serveScreenQuiz]
            case .advisor: catalog[.serveScreenAdvisor]
            case .patterns: catalog[.serveScreenPatterns]
            }
        case .inMenu: catalog[.serveScreenMenu]
        case let .design(name, companions): catalog[.serveScreenDesign, ["name": name, "companions": companions]]
        case let .designSeparate(kind): catalog[.serveScreenDesignSeparate, ["kind": kind]]
        case .designEmpty: catalog[.serveScreenDesignEmpty]
        case .nobody: catalog[.serveScreenNobody]
        case let .missed(list): catalog[.serveScreenMissed, ["list": list]]
        case let .missedItem(id, wrong, answered):
            catalog[.serveScreenMissedItem, ["id": id, "wrong": String(wrong), "answered": String(answered)]]
        case let .eventJoined(name, language): catalog[.serveEventJoined, ["name": name, "language": language]]
        case let .eventOpened(name, program): catalog[.serveEventOpened, ["name": name, "program": text(.program(program), catalog)]]
        case let .eventDesign(name, design): catalog[.serveEventDesign, ["name": name, "design": design]]
        case let .eventAnswered(name, answered, count, right, score):
            catalog[.serveEventAnswered, [
                "name": name, "answered": String(answered), "count": String(count), "score": String(score),
                "mark": right ? catalog[.serveEventRight] : catalog[.serveEventWrong],
            ]]
        case let .eventScored(name, score, count): catalog[.serveEventScored, ["name": name, "score": String(score), "count": String(count)]]
        case let .eventLeft(name): catalog[.serveEventLeft, ["name": name]]
        }
    }

    /// `$XDG_STATE_HOME/podwright`, or `~/.local/state/podwright`.
    static func stateFolder() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/podwright" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state/podwright"
    }

    /// This podwright binary, which the sessions run.
    static func executable() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Today's date, YYYY-MM-DD (UTC).
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
