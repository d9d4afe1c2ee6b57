import AdvisorApp
import ArgumentParser
import CursesBackend
import Foundation
import PodDesign
import PodText

/// Opens the terminal, runs the advisor session, restores the terminal, then writes stdout and exits.
enum AdvisorRunner {
    /// `prepare` runs once the terminal is open (what it finds, like an autosave that does not read, is then shown);
    /// `observe` sees the model after each event; `files` says which files the session may touch, `autosaved` sees
    /// each autosave's text once it is written.
    static func run(
        _ model: inout AdvisorModel, _ common: CommonOptions, theme: ThemeName, files: AdvisorFiles = .anywhere,
        prepare: (inout AdvisorModel) -> Void = { _ in }, observe: (AdvisorModel) -> Void = { _ in },
        autosaved: (String) -> Void = { _ in }
    ) throws {
        let monochrome = !common.colorAllowed
        let terminal = try common.openTerminal()
        var backend = terminal
        prepare(&model)
        model.quizSeed = .random(in: .min ... .max)
        let catalog = common.catalog
        let outcome = AdvisorSession.run(
            &model, on: &backend, theme: Theme.named(theme, color: !monochrome),
            perform: { effect in
                let result = perform(effect, catalog, files: files)
                if case let .autosave(text) = effect { autosaved(text) }
                return result
            },
            observe: observe
        )
        terminal.end()
        if let stdout = outcome.stdout { FileHandle.standardOutput.write(Data(stdout.utf8)) }
        if outcome.status != ExitStatus.success { throw ExitCode(outcome.status) }
    }

    /// Carries out one effect of the advisor, on the files it may touch.
    static func perform(_ effect: Effect, _ catalog: Catalog, files: AdvisorFiles = .anywhere) -> EffectResult? {
        switch effect {
        case let .autosave(text):
            Autosave.save(text, to: files.autosave)
            return nil
        case .removeAutosave:
            // A learner's finished design stays: the teacher's screen shows it, and the learner comes back to it.
            if !files.workshop { Autosave.remove(files.autosave) }
            return nil
        case let .write(path, _, _, _) where files.workshop:
            return .failed(path: path, reason: catalog[.serveAdvisorClosed])
        case let .open(path) where files.workshop:
            return .unreadable(path: path, reason: catalog[.serveAdvisorClosed])
        case let .write(path, text, kind, replace):
            if !replace, FileManager.default.fileExists(atPath: path) { return .exists(path: path, kind: kind) }
            if let problem = AtomicFile.write(Data(text.utf8), to: path) { return .failed(path: path, reason: problem) }
            return .written(path: path, kind: kind)
        case let .open(path):
            switch DesignFileReader.read(path, catalog) {
            case let .success(data): return .opened(path: path, data: data)
            case let .failure(failure): return .unreadable(path: path, reason: failure.reason)
            }
        case .exit:
            return nil
        }
    }
}
