import AdvisorApp
import ArgumentParser
import Foundation
import PodDesign
import PodEngine
import PodModel
import PodText

/// One design file a command reads, by path (`-` is standard input): read, decided and reported.
struct DesignSource {
    var file: String

    /// The name shown in messages.
    var displayName: String { file == "-" ? "<stdin>" : file }

    /// Reads, parses and decides the design; bad input becomes a one-line `Failure` (status 2).
    func decide(_ options: CommonOptions) throws -> Decision {
        let catalog = options.catalog
        let data = try read(catalog)
        do throws(DesignError) {
            var design = try DesignParser.parse(data, file: displayName)
            if let version = options.kubernetes { design.kubernetes = version }
            let decision = Advisor.decide(design)
            if let error = decision.servesError(file: displayName) { throw error }
            return decision
        } catch {
            throw Failure.badInput(error.report(catalog))
        }
    }

    func read(_ catalog: Catalog) throws -> Data {
        try DesignFileReader.input(file, catalog)
    }

    /// Writes the warnings and errors of a decision to stderr; throws status 1 if any is an error.
    func report(_ decision: Decision, _ catalog: Catalog, stopOnError: Bool) throws {
        let shown = decision.findings.filter { $0.level != .note }
        if !shown.isEmpty { Failure.print(shown.map { "podwright: " + $0.report(file: displayName, catalog) }) }
        if stopOnError, decision.hasErrors { throw ExitCode(ExitStatus.resultHasError) }
    }
}
