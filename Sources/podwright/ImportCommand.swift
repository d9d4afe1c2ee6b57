import ArgumentParser
import Foundation
import PodDesign
import PodModel

/// `podwright import FILE`: a design file inferred from a Compose file or a Kubernetes manifest.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Start a design from a docker-compose file or a Kubernetes manifest.",
        discussion: """
        Reads a Compose file (v2, v3 or the Compose Specification) or a manifest of Pods, \
        Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs and CronJobs, and writes a design \
        file. Each answer it can infer carries a comment saying where it came from (network_mode, \
        shared volumes, localhost, depends_on conditions, replicas, database images, a pod's init \
        containers and native sidecars); the others are left out, so they are assumed, listed at \
        the top, and asked again when you open the file with `podwright edit`. What cannot be \
        carried over (build-only services, extends, port ranges) is a note on stderr, not a failure. \
        A manifest written by `podwright recommend` gives back the design that made it.

        Examples:
          podwright import docker-compose.yml -o shop.yaml && podwright edit shop.yaml
          podwright import docker-compose.yml --main web | podwright recommend -
          podwright import deployment.yaml --main api -o api.yaml
        """
    )

    @Argument(help: ArgumentHelp("The Compose file or manifest; - reads standard input.", valueName: "FILE"),
              completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @Option(help: ArgumentHelp(
        "The main container: a Compose service, or a manifest's workload or container (default: inferred).",
        valueName: "NAME"))
    var main: String?

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let catalog = common.catalog
        try output.check(catalog)
        let name = file == "-" ? "<stdin>" : file
        var result: ImportResult
        do {
            result = try Importer.design(try DesignFileReader.input(file, catalog, limit: Importer.maxBytes), file: name, main: main, catalog: catalog)
        } catch let error as DesignError {
            throw Failure.badInput(error.report(catalog))
        }
        if let version = common.kubernetes { result.design.kubernetes = version }
        let text = result.text
        do {
            _ = try DesignParser.parse(text, file: name)
        } catch {
            throw Failure.badInput(error.report(catalog))
        }
        let notes = result.notes.map { "podwright: \(name):\($0.location): \(catalog[.importNote]): \($0.text)" }
        if !notes.isEmpty { Failure.print(notes) }
        try output.write(text, catalog)
        if let path = output.output {
            Failure.print(["podwright: " + catalog[.importNoteWrote, [
                "path": path, "count": String(result.design.companions.count), "assumed": String(result.assumedCount),
            ]]])
        }
    }
}
