import AdvisorApp
import ArgumentParser
import Foundation
import PodDesign
import PodEngine

/// `podwright audit PATH...`: multi-container design findings in existing manifests.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Find multi-container design mistakes in existing manifests.",
        discussion: """
        Reads Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job and CronJob documents, and the \
        HorizontalPodAutoscalers over them (other kinds are counted as skipped), and reports, per container: \
        conflict.port, native.unsupported, init.never-exits, init.probe, native.no-startup-probe, \
        job.classic-sidecar, colocate.stateful, colocate.two-stateful, colocate.no-channel, pod.crowded, \
        probe.same-readiness-liveness, hpa.missing-cpu-request, hpa.pod-metric. A folder is read recursively \
        (.yaml, .yml, .json); a file named on the command line is read whatever its ending; - reads standard \
        input. A document that cannot be read is reported with its line, and the audit goes on.

        Memory does not grow with the input: documents are read one at a time, and the text and JSON reports \
        are written as they are found. The SARIF report, and any report written with -o, is held until the \
        end (SARIF has one list of results; a file is written whole or not at all).

        Opt an object out of rules with the annotation podwright.dev/ignore: "rule-id,rule-id" (or "all").

        Exit status: 0 nothing at or above the --fail-on level (default error), 1 at least one finding at or \
        above it (a document that cannot be read counts as an error), 2 bad usage or a path, a line or a \
        document that cannot be read.

        Examples:
          podwright audit k8s/
          helm template my-chart | podwright audit -
          podwright audit manifests/ --format sarif -o podwright.sarif
          podwright audit k8s/ --fail-on warning
        """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }

    /// The least serious level that fails the run.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, note

        var level: Level { Level(rawValue: rawValue)! }
    }

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "PATH"), completion: .file())
    var paths: [String]

    @Option(help: "Output format: text, json (docs/audit-json.md) or sarif (SARIF 2.1.0).")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "The least serious level that makes the exit status 1: error, warning or note.")
    var failOn: FailOn = .error

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let catalog = common.catalog
        try output.check(catalog)
        var report = AuditReport(target: common.kubernetes ?? .newest)
        var unreadable = false
        let renderer = ANSIRenderer(theme: .default, color: output.output == nil && common.colorOnTerminal)
        var textWriter = AuditTextWriter(catalog)
        var jsonWriter = AuditJSONWriter(catalog)
        var held = Data()
        func write(_ text: String) {
            guard !text.isEmpty else { return }
            if output.output == nil { FileHandle.standardOutput.write(Data(text.utf8)) } else { held.append(Data(text.utf8)) }
        }
        /// Writes what the report found since the last call (text and JSON); SARIF keeps it for the end.
        func emit(_ report: inout AuditReport) {
            switch format {
            case .text: write(renderer.render(textWriter.lines(report.take())))
            case .json: write(jsonWriter.text(report.take()))
            case .sarif: break
            }
        }
        for path in paths {
            if path == "-" {
                unreadable = !ManifestInput.audit(FileHandle.standardInput, file: "<stdin>", into: &report, catalog, emit: emit) || unreadable
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                report.unreadable(path, reason: catalog[.reasonNoSuchFile])
                emit(&report)
                unreadable = true
                continue
            }
            var files = [path]
            if isDirectory.boolValue {
                let found = ManifestInput.manifests(under: path, catalog)
                files = found.files
                for (folder, reason) in found.unreadable {
                    report.unreadable(folder, reason: reason)
                    emit(&report)
                    unreadable = true
                }
            }
            for file in files {
                guard let handle = FileHandle(forReadingAtPath: file) else {
                    report.unreadable(file, reason: catalog[.reasonPermissionDenied])
                    emit(&report)
                    unreadable = true
                    continue
                }
                unreadable = !ManifestInput.audit(handle, file: file, into: &report, catalog, emit: emit) || unreadable
                try? handle.close()
            }
        }
        report.finish()
        emit(&report)
        switch format {
        case .text: write(renderer.render(textWriter.summary(report)))
        case .json: write(jsonWriter.end(report))
        case .sarif: write(report.sarif(catalog, version: Podwright.version, root: FileManager.default.currentDirectoryPath))
        }
        if output.output != nil { try output.write(String(decoding: held, as: UTF8.self), catalog) }
        if unreadable { throw ExitCode(ExitStatus.badInput) }
        if let highest = report.highest, highest >= failOn.level { throw ExitCode(ExitStatus.resultHasError) }
    }
}
