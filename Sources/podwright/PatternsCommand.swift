import AdvisorApp
import ArgumentParser
import Foundation
import PodDesign

/// `podwright patterns [NAME]`: the teaching page of a multi-container pod pattern, with its diagram.
struct PatternsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patterns",
        abstract: "Teach the pod patterns: single container, init container, sidecar, native sidecar, adapter, ambassador.",
        discussion: """
        With no NAME, lists the patterns. With a NAME, prints its page: what it is, when to use it \
        and when not, a drawing of the pod, who starts first and who stops last, the minimal \
        manifest podwright recommend writes for it, and the rule ids that lead to it. \
        The advisor shows the same pages (g, or "Pattern guide" on the start screen).

        NAME is one of: \(Pattern.allCases.map(\.rawValue).joined(separator: ", ")).

        Examples:
          podwright patterns                          # the list
          podwright patterns native-sidecar           # one page
          podwright patterns sidecar --kubernetes 1.28 --lang ko
          podwright patterns ambassador | less
          podwright patterns native-sidecar --format svg > native-sidecar.svg
        """
    )

    @Argument(help: ArgumentHelp("The pattern to show (none: the list).", valueName: "NAME"))
    var name: String?

    @Flag(help: .hidden)
    var all = false

    /// The guide on the terminal, as the advisor shows it (g), to browse; what `podwright serve` offers (hidden).
    @Flag(help: .hidden)
    var browse = false

    @Option(help: ArgumentHelp(
        "text (the page, for reading), markdown (the page, for docs) or svg (the page's picture of the pod, for slides; needs a NAME).",
        valueName: "text|markdown|svg"))
    var format: PatternFormat = .text

    @OptionGroup var common: CommonOptions
    @OptionGroup var theme: ThemeOptions

    /// The width text pages are wrapped to.
    static let width = 80

    func run() throws {
        let catalog = common.catalog
        if browse { return try GuideRunner.run(common, theme: theme.name(catalog)) }
        let renderer = ANSIRenderer(theme: try theme.name(catalog), color: common.colorOnTerminal)
        var pattern: Pattern?
        if let name {
            switch Pattern.named(name, catalog) {
            case let .success(found): pattern = found
            case let .failure(error): throw Failure.badInput(error.message)
            }
        }
        let output: String
        switch (format, pattern, all) {
        case (.markdown, nil, true):
            output = PatternPage.guide(catalog, target: common.kubernetes)
        case let (.svg, pattern?, _):
            output = PatternPage(pattern, catalog: catalog, target: common.kubernetes).svg
        case (.svg, nil, _):
            throw Failure.badInput(catalog[.errorSvgNeedsPattern])
        case let (.markdown, pattern?, _):
            output = PatternPage(pattern, catalog: catalog, target: common.kubernetes).markdown()
        case let (.text, pattern?, _):
            output = renderer.render(PatternPage(pattern, catalog: catalog, target: common.kubernetes).lines(width: Self.width))
        case (.text, nil, true):
            output = Pattern.allCases.map {
                renderer.render(PatternPage($0, catalog: catalog, target: common.kubernetes).lines(width: Self.width))
            }.joined(separator: "\n")
        case (_, nil, false):
            output = renderer.render(PatternPage.index(catalog, width: Self.width))
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
