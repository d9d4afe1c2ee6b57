import AdvisorApp
import ArgumentParser
import PodDesign

/// `podwright quiz`: the scenario quiz in the terminal, or the list of its scenarios.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Practise placing companions: real scenarios, checked by the decision engine.",
        discussion: """
        Each question is a design with one companion in question; choose its own pod, init \
        container, sidecar, adapter or ambassador. The engine's decision is the answer, with the \
        rule that fired and the answers that decided it. A class that uses the same --seed sees \
        the same questions in the same order; --list prints them (id and title) without a terminal.

        Example:
          podwright quiz --seed 7 --count 5
          podwright quiz --list --seed 7 --count 5
        """
    )

    @Option(help: ArgumentHelp("A fixed order of the questions: a whole number (default: a random order).", valueName: "N"))
    var seed: String?

    @Option(help: ArgumentHelp("How many questions to ask (default: all).", valueName: "N"))
    var count: String?

    @Flag(help: "Print the scenarios (id and title) instead of running the quiz: in the seed's order with --seed, else by id.")
    var list = false

    @OptionGroup var common: CommonOptions
    @OptionGroup var theme: ThemeOptions

    func run() throws {
        let catalog = common.catalog
        let total = QuizScenario.all.count
        var seedValue: UInt64?
        if let seed {
            guard let value = UInt64(seed) else { throw Failure.badInput(catalog[.quizErrorSeed, ["found": seed]]) }
            seedValue = value
        }
        var countValue: Int?
        if let count {
            guard let value = Int(count), (1...total).contains(value) else {
                throw Failure.badInput(catalog[.quizErrorCount, ["found": count, "max": String(total)]])
            }
            countValue = value
        }
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
        let quiz = Quiz(seed: seedValue ?? .random(in: .min ... .max), count: countValue, target: common.kubernetes)
        var model = AdvisorModel(screen: .quiz(QuizScreen(quiz: quiz, standalone: true)), language: catalog.language)
        try AdvisorRunner.run(&model, common, theme: theme.name(catalog))
    }
}
