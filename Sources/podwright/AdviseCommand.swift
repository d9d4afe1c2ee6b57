import AdvisorApp
import ArgumentParser
import CursesBackend
import Foundation
import PodDesign
import PodModel

/// `podwright` (no arguments): the interactive advisor, on a new design or the autosaved one.
struct AdviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advise",
        abstract: "The interactive advisor (what `podwright` with no arguments starts).",
        discussion: """
        Walks the co-location questions for each companion with a live diagram and YAML preview. \
        The screen is drawn on the terminal (/dev/tty), so stdout stays free: on finish, when stdout \
        is not a terminal, the manifest goes there (podwright > app.yaml). Every answer is autosaved; \
        the next start offers to resume (an autosave that does not read is moved aside to autosave.json.corrupt, never \
        overwritten). Ctrl-C or kill -INT cancels (status 130, nothing on stdout).
        """,
        shouldDisplay: false
    )

    /// A learner's own folder on `podwright serve`: the autosave is kept there, and no other file is opened or
    /// written (hidden).
    @Option(help: .hidden)
    var workshop: String?

    /// Where `podwright serve` reads the learner's design: a line after each autosave that changed it (hidden).
    @Option(help: .hidden)
    var progress: String?

    @OptionGroup var common: CommonOptions
    @OptionGroup var theme: ThemeOptions

    func run() throws {
        var draft = Draft()
        if let version = common.kubernetes { draft.kubernetes = version.description }
        var model = AdvisorModel(draft: draft, language: common.catalog.language, manifestToStdout: isatty(1) == 0)
        let files = workshop.map(AdvisorFiles.workshop) ?? .anywhere
        let reporter = progress.flatMap(DesignReporter.init)
        // The autosave is read once the terminal is open: one that does not read is moved aside and said so there.
        try AdvisorRunner.run(&model, common, theme: theme.name(common.catalog), files: files, prepare: { model in
            let found = Autosave.load(files.autosave)
            if case let .draft(saved) = found { model.resumable = saved }
            model.status = Autosave.status(found)
        }, autosaved: { reporter?.autosaved($0) })
    }
}

/// `podwright edit FILE`: the advisor opened on a design file.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Open a design file in the interactive advisor, to review and change its answers.",
        discussion: "Saving (s) writes back to FILE unless another path is given."
    )

    @OptionGroup var input: DesignInput
    @OptionGroup var common: CommonOptions
    @OptionGroup var theme: ThemeOptions

    func run() throws {
        let data = try input.source.read(common.catalog)
        var design: Design
        do {
            design = try DesignParser.parse(data, file: input.source.displayName)
            if let version = common.kubernetes { design.kubernetes = version }
        } catch {
            throw Failure.badInput(error.report(common.catalog))
        }
        var model = AdvisorModel(
            draft: Draft(design), screen: .companions(selected: 0), language: common.catalog.language,
            designPath: input.file == "-" ? nil : input.file, manifestToStdout: isatty(1) == 0
        )
        try AdvisorRunner.run(&model, common, theme: theme.name(common.catalog))
    }
}
