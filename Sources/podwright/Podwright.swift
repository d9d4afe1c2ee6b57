import AdvisorApp
import ArgumentParser
import Foundation
import PodDesign

/// The `podwright` command: advice on which containers share a pod, and how.
@main
struct Podwright: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "podwright",
        abstract: "Decide which containers share a Kubernetes pod, and how.",
        discussion: """
        podwright asks four questions about each companion of an application (same lifecycle? \
        tightly coupled? scaled together? may the main code change?) and places it in its own \
        pod or beside the main container as an init container, sidecar, adapter or ambassador.

        Run with no arguments for the interactive advisor (podwright > app.yaml keeps the manifest).
        Or start from a design file (see Resources/examples/):
          podwright recommend shop.yaml > shop-manifest.yaml
          podwright explain shop.yaml > shop-decision.md

        Options of the advisor (and of the other commands):
          --lang en|ko         English or Korean (default: from the locale)
          --theme default|high-contrast
                               colours; high-contrast for presenters (PODWRIGHT_THEME)
          --no-color           no colours (NO_COLOR does the same)
          --kubernetes X.Y     the target Kubernetes version, 1.27 to 1.37

        Exit status: 0 done, 1 the result has an error (a port conflict, ...), 2 bad input or usage.
        """,
        version: version,
        subcommands: [
            AdviseCommand.self, EditCommand.self, RecommendCommand.self, ExplainCommand.self, DiagramCommand.self, AuditCommand.self,
            ImportCommand.self, PatternsCommand.self, QuizCommand.self, ServeCommand.self,
        ],
        defaultSubcommand: AdviseCommand.self
    )

    /// Runs the command line, with exit statuses of the contract: usage errors are 2, not 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(ExitStatus.success)
            }
            if let failure = error as? Failure {
                Failure.print(failure.lines)
                Foundation.exit(failure.status)
            }
            if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
            let message = fullMessage(for: error)
            Failure.print(message.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                index == 0 ? "podwright: " + line.replacingOccurrences(of: "Error: ", with: "") : String(line)
            })
            Foundation.exit(ExitStatus.badInput)
        }
    }
}
