import AdvisorApp
import ArgumentParser
import PodDesign

/// `podwright quiz`: the scenario quiz in the terminal, or the list of its scenarios.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Practise placing companions: real scenarios, checked by the decision engine.",
        discussion: """
        Each question tells a story: an application and one container that might share its pod. \
        At the questions level (the default) you answer the co-location questions the story \
        settles (same lifecycle? tightly coupled? scaled together? may the main code change? ...), \
        only as many as can still change the placement; podwright's engine places the container \
        from your answers and from the story's, and the feedback compares them answer by answer. \
        At the placement level you choose the placement straight from the story. Number keys \
        choose; q asks whether to end and then shows the score.

        Class mode: everyone given the same --seed (and --count) gets the same questions in the \
        same order. With --results, the learner's result is written as one JSON line once the \
        score is shown (fields: kind, version, name, seed, level, language, kubernetes, count, \
        answered, finished, score, questions[number, id, placement, rule, expected, \
        expectedRule, right, answers[question, given, expected, right]]); nothing is written when \
        the learner quits before the score.

        Example:
          podwright quiz --seed 7 --count 5 --name kim --results class.jsonl
          podwright quiz --seed 7 --count 5 --level placement --results -
          podwright quiz --list --seed 7 --count 5
        """
    )

    @Option(help: ArgumentHelp("A fixed order of the questions: a whole number (default: a random order).", valueName: "N"))
    var seed: String?

    @Option(help: ArgumentHelp("How many questions to ask (default: all).", valueName: "N"))
    var count: String?

    @Option(help: ArgumentHelp("How to answer: 'questions' (the co-location questions; default) or 'placement' (the placement itself, harder); without it the quiz asks.", valueName: "LEVEL"))
    var level: String?

    @Option(help: ArgumentHelp("The learner's name, written in the result line.", valueName: "NAME"))
    var name: String?

    @Option(help: ArgumentHelp("Write the result as one JSON line once the score is shown: appended to FILE (created if missing), or to stdout with '-'.", valueName: "FILE"))
    var results: String?

    /// Where `podwright serve` reads the learner's progress: a line after each answer and at the score (hidden).
    @Option(help: .hidden)
    var progress: String?

    /// A file whose last line is an earlier progress line of the same seed: its answers are given again (hidden).
    @Option(help: .hidden)
    var resume: String?

    @Flag(help: "Print the scenarios (id and title) instead of running the quiz: in the seed's order with --seed, else by id.")
    var list = false

    @OptionGroup var common: CommonOptions
    @OptionGroup var theme: ThemeOptions

    func run() throws {
        let catalog = common.catalog
        let total = QuizScenario.all.count
        let (seedValue, countValue) = try QuizOrderArguments(seed: seed, count: count)
            .values(catalog, seedError: .quizErrorSeed, countError: .quizErrorCount)
        if list {
            let scenarios = seedValue.map { Quiz.order(seed: $0, count: countValue) }
                ?? Array(QuizScenario.all.prefix(countValue ?? total))
            let width = (scenarios.map(\.id.count).max() ?? 0) + 2
            for scenario in scenarios {
                let title = catalog.text(scenario.title)
                print(scenario.id + String(repeating: " ", count: width - scenario.id.count) + title)
            }
            return
        }
        var levelValue: QuizLevel?
        if let level {
            guard let value = QuizLevel(rawValue: level) else { throw Failure.badInput(catalog[.quizErrorLevel, ["found": level]]) }
            levelValue = value
        }
        var file: QuizResultsFile?
        if let results {
            switch QuizResultsFile.open(results) {
            case let .success(opened): file = opened
            case let .failure(problem):
                throw Failure.badInput(catalog[.quizErrorResults, ["path": results, "reason": problem.reason]])
            }
        }
        let seed = seedValue ?? .random(in: .min ... .max)
        let quiz = Quiz(seed: seed, count: countValue, level: levelValue ?? .questions, target: common.kubernetes)
        var screen = QuizScreen(quiz: quiz, standalone: true, levelFixed: levelValue != nil)
        if let earlier = resume.flatMap(Self.lastProgress), let resumed = Quiz(seed: seed, resuming: earlier.report, target: common.kubernetes) {
            let phase: QuizPhase = earlier.event == "score" || resumed.isFinished ? .score(scroll: 0) : .question(selected: 0)
            screen = QuizScreen(quiz: resumed, phase: phase, standalone: true, levelFixed: true)
        }
        var model = AdvisorModel(screen: .quiz(screen), language: catalog.language)
        let reporter = progress.flatMap { QuizProgressWriter(path: $0, seed: seed, name: name, language: catalog.language.rawValue) }
        if let reporter, case let .quiz(state) = model.screen { reporter.seen(state) }
        do {
            try AdvisorRunner.run(&model, common, theme: theme.name(catalog), observe: { model in
                if let reporter, case let .quiz(state) = model.screen { reporter.observe(state) }
            })
        } catch {
            file?.close()
            throw error
        }
        guard let file else { return }
        guard case let .quiz(state) = model.screen, state.showsScore else {
            file.close()
            return
        }
        let report = QuizReport(quiz: state.quiz, seed: seed, name: name, language: catalog.language.rawValue)
        if let reason = file.write(report.line) {
            throw Failure.badInput(catalog[.quizErrorResults, ["path": results ?? "-", "reason": reason]])
        }
    }

    /// The last progress line of a file, or nil.
    static func lastProgress(_ path: String) -> QuizProgress? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").last.flatMap { QuizProgress.read(String($0)) }
    }
}
