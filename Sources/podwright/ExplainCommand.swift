import AdvisorApp
import ArgumentParser
import PodDesign
import PodEngine

/// `podwright explain FILE`: the decision and why, as a Markdown record.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Write the decision record: each placement, the rules and answers behind it, the checks, the pods.",
        discussion: """
        The record is Markdown, for a design review or a pull request. It is written even when \
        a check finds an error; the status is then 1. Its pods are a Mermaid diagram, which GitHub, \
        GitLab and most wikis draw; --diagram text draws them with box-drawing characters instead.

        Example:
          podwright explain Resources/examples/multi-tier.yaml > decision.md
          podwright explain shop.yaml --diagram text | less
        """
    )

    @OptionGroup var input: DesignInput

    @Option(help: ArgumentHelp(
        "How the record draws the pods: mermaid (wikis and pull requests draw it) or text (box drawing, for terminals).",
        valueName: "mermaid|text"))
    var diagram: DiagramStyle = .mermaid
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.check(common.catalog)
        let decision = try input.source.decide(common)
        try output.write(DecisionRecord(decision, catalog: common.catalog).markdown(diagram: diagram), common.catalog)
        if decision.hasErrors { throw ExitCode(ExitStatus.resultHasError) }
    }
}
