import ArgumentParser
import Foundation
import PodDesign
import PodModel

/// `podwright import FILE` (or `-f FILE`, repeated): a design file inferred from Compose files or a Kubernetes manifest.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Start a design from docker-compose files or a Kubernetes manifest.",
        discussion: """
        Reads a Compose file as docker compose config does (the first format with services at the top \
        level, v2, v3 and the Compose Specification): variables ($VAR, ${VAR:-default}, ${VAR:?message}, \
        $$) from the environment and a .env file beside the first file, env_file, extends (in the file \
        or from another one beside it), YAML anchors and merge keys, and every service whatever its \
        profiles. Several -f files are merged in order, as Compose merges an override file: later files \
        override scalars and extend lists and mappings, per service. A manifest of Pods, Deployments, \
        StatefulSets, DaemonSets, ReplicaSets, Jobs and CronJobs is read too, and one written by \
        `podwright recommend` gives back the design that made it.

        Writes a design file: each answer it can infer carries a comment saying where it came from \
        (network_mode, shared volumes, localhost, depends_on conditions, replicas, database images, a \
        pod's init containers and native sidecars); the others are left out, so they are assumed, listed \
        at the top, and asked again when you open the file with `podwright edit`. A healthcheck becomes \
        the container's probe and deploy.resources its requests and limits. What cannot be carried \
        over (build-only services, port ranges, fields a design has no place for such as restart, \
        volumes the design does not hold, variables that are not set) is a note on stderr with its \
        file, line and column, not a failure.

        Examples:
          podwright import docker-compose.yml -o shop.yaml && podwright edit shop.yaml
          podwright import -f compose.yaml -f compose.prod.yaml | podwright recommend -
          TAG=2.4 podwright import compose.yaml    # ${TAG}: the environment, else .env
          podwright import deployment.yaml --main api -o api.yaml
        """
    )

    @Argument(help: ArgumentHelp("The Compose file or manifest; - reads standard input.", valueName: "FILE"),
              completion: .file(extensions: ["yaml", "yml"]))
    var file: String?

    @Option(name: [.customShort("f"), .customLong("file")], help: ArgumentHelp(
        "A Compose file; repeat to merge several in order, later ones overriding earlier ones (- reads standard input).",
        valueName: "FILE"), completion: .file(extensions: ["yaml", "yml"]))
    var files: [String] = []

    @Option(help: ArgumentHelp(
        "The main container: a Compose service, or a manifest's workload or container (default: inferred).",
        valueName: "NAME"))
    var main: String?

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let catalog = common.catalog
        let paths: [String]
        switch (file, files.isEmpty) {
        case let (file?, true): paths = [file]
        case (nil, false): paths = files
        case (_?, false): throw Failure.badInput(catalog[.importErrorFileAndOption])
        case (nil, true): throw Failure.badInput(catalog[.importErrorNoFile])
        }
        try output.check(catalog)
        var sources: [ImportSource] = []
        for path in paths {
            sources.append(ImportSource(name: path == "-" ? "<stdin>" : path,
                                        data: try DesignFileReader.input(path, catalog, limit: Importer.maxBytes)))
        }
        let name = sources[0].name
        let environment = ComposeEnvironment(variables: ProcessInfo.processInfo.environment) { path in
            guard case let .success(data) = DesignFileReader.read(path, catalog, limit: Importer.maxBytes),
                  data.count <= Importer.maxBytes else { return nil }
            return data
        }
        var result: ImportResult
        do {
            result = try Importer.design(sources, main: main, catalog: catalog, environment: environment)
        } catch {
            throw Failure.badInput(error.report(catalog))
        }
        if let version = common.kubernetes { result.design.kubernetes = version }
        let text = result.text
        do {
            _ = try DesignParser.parse(text, file: name)
        } catch {
            throw Failure.badInput(error.report(catalog))
        }
        let notes = result.notes.map { "podwright: \($0.file ?? name):\($0.location): \(catalog[.importNote]): \($0.text)" }
        if !notes.isEmpty { Failure.print(notes) }
        try output.write(text, catalog)
        if let path = output.output {
            Failure.print(["podwright: " + catalog[.importNoteWrote, [
                "path": path, "count": String(result.design.companions.count), "assumed": String(result.assumedCount),
            ]]])
        }
    }
}
