import AdvisorApp
import ArgumentParser
import Foundation
import PodDesign

/// `podwright audit PATH...`: multi-container design findings in existing manifests.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Find multi-container design mistakes in existing manifests.",
        discussion: """
        Reads Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job and CronJob documents (other kinds \
        are counted as skipped) and reports, per container, the rules the advisor uses read backwards: \
        conflict.port, native.unsupported, job.classic-sidecar, colocate.stateful, colocate.no-channel, \
        pod.crowded. A folder is read recursively (.yaml, .yml, .json); a file named on the command line \
        is read whatever its ending; - reads standard input. A document that cannot be read is reported \
        with its line, and the audit goes on.

        Opt an object out of rules with the annotation podwright.dev/ignore: "rule-id,rule-id" (or "all").

        Exit status: 0 no error-level finding, 1 at least one (or a document that cannot be read), \
        2 bad usage or a path that cannot be read.

        Examples:
          podwright audit k8s/
          helm template my-chart | podwright audit -
          podwright audit manifests/ --format sarif -o podwright.sarif
        """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "PATH"), completion: .file())
    var paths: [String]

    @Option(help: "Output format: text, json (docs/audit-json.md) or sarif (SARIF 2.1.0).")
    var format: Format = .text

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.check(common.catalog)
        var report = AuditReport(target: common.kubernetes ?? .newest)
        var unreadable = false
        for path in paths {
            if path == "-" {
                ManifestInput.audit(FileHandle.standardInput, file: "<stdin>", into: &report)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                report.unreadable(path, reason: common.catalog[.reasonNoSuchFile])
                unreadable = true
                continue
            }
            let files = isDirectory.boolValue ? ManifestInput.manifests(under: path) : [path]
            for file in files {
                guard let handle = FileHandle(forReadingAtPath: file) else {
                    report.unreadable(file, reason: common.catalog[.reasonPermissionDenied])
                    unreadable = true
                    continue
                }
                ManifestInput.audit(handle, file: file, into: &report)
                try? handle.close()
            }
        }
        let catalog = common.catalog
        let renderer = ANSIRenderer(theme: .default, color: output.output == nil && common.colorOnTerminal)
        let text = switch format {
        case .text: renderer.render(report.lines(catalog))
        case .json: report.json(catalog)
        case .sarif: report.sarif(catalog, version: Podwright.version)
        }
        try output.write(text, common.catalog)
        if unreadable { throw ExitCode(ExitStatus.badInput) }
        if report.hasErrors { throw ExitCode(ExitStatus.resultHasError) }
    }
}
