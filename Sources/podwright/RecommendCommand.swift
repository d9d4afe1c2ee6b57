import ArgumentParser
import PodDesign
import PodEngine
import PodModel

/// `podwright recommend FILE...`: decide and emit the starter manifest of each design.
struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Decide the design and write its starter manifest (multi-document YAML, or a kustomize folder).",
        discussion: """
        Warnings go to stderr as FILE:LINE:COL lines; an error (a port conflict, an ambassador \
        without localPort, ...) stops with status 1 and no manifest.

        Examples:
          podwright recommend Resources/examples/log-shipper.yaml | kubectl apply -f -
          podwright recommend shop.yaml --kubernetes 1.28 -o shop-manifest.yaml
          podwright recommend shop.yaml --format kustomize -o shop/ \\
            && kubectl apply -k shop/
          podwright recommend designs/*.yaml --output-dir manifests/

        With --output-dir, a design that fails is reported and skipped, the others are written, and the status \
        is the worst of them.
        """
    )

    @Argument(help: ArgumentHelp("The design file (format 1); - reads standard input. Several files need --output-dir.",
                                 valueName: "FILE"),
              completion: .file(extensions: ["yaml", "yml"]))
    var files: [String]

    @Option(help: ArgumentHelp(
        "yaml: one multi-document YAML stream (the default). kustomize: a folder, named by -o DIR, with a file per object and a kustomization.yaml listing them in the stream's order.",
        discussion: """
        Files are named <kind>-<name>.yaml (deployment-shop.yaml, service-shop.yaml, statefulset-db.yaml) \
        and keep their documents' comments; joined with --- lines in kustomization order they are the yaml \
        stream. DIR must not exist yet or be empty; with --force only the files podwright writes are replaced, \
        and other files in DIR are kept. The folder is written whole or not at all.
          podwright recommend shop.yaml --format kustomize -o shop/ \\
            && kubectl apply -k shop/
        """,
        valueName: "yaml|kustomize"))
    var format: ManifestFormat = .yaml

    @Option(help: ArgumentHelp(
        "Write each design's manifest into DIR, named after its file: designs/shop.yaml gives DIR/shop.yaml (with --format kustomize, the folder DIR/shop/). DIR is made when missing.",
        valueName: "DIR"))
    var outputDir: String?

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let catalog = common.catalog
        guard let outputDir else {
            guard files.count == 1 else { throw Failure.badInput(catalog[.errorOutputDirSeveralFiles]) }
            return try recommend(DesignSource(file: files[0]), to: output, keep: true)
        }
        let folder = try ManifestFolder(files: files, folder: outputDir, format: format, output: output, catalog: catalog)
        var worst: Int32 = 0
        var failed = 0
        for entry in folder.entries {
            do {
                try recommend(entry.source, to: entry.output, keep: false)
            } catch let failure as Failure {
                Failure.print(failure.lines)
                (worst, failed) = (max(worst, failure.status), failed + 1)
            } catch let exit as ExitCode {
                (worst, failed) = (max(worst, exit.rawValue), failed + 1)
            }
        }
        guard failed > 0 else { return }
        let count = files.count == 1 ? catalog[.errorOutputDirFailedOne]
            : catalog[.errorOutputDirFailed, ["failed": String(failed), "count": String(files.count)]]
        Failure.print(["podwright: " + count])
        throw ExitCode(worst)
    }

    /// Decides one design and writes its manifest; `keep` leaves the manifest to the end of the process, which
    /// saves the time to free it when only one is written.
    private func recommend(_ source: DesignSource, to output: OutputOptions, keep: Bool) throws {
        let catalog = common.catalog
        let folder = format == .kustomize ? try output.checkFolder(catalog) : nil
        if folder == nil { try output.check(catalog) }
        let decision = try source.decide(common)
        try source.report(decision, catalog, stopOnError: true)
        let manifest = StarterManifest(decision, catalog: catalog)
        if keep { KeptUntilExit.keep(manifest) }  // and the decision it holds
        guard let folder else {
            let documents = manifest.documents()
            if keep { KeptUntilExit.keep(documents) }
            return try output.write(YAMLWriter.write(documents), catalog)
        }
        let layout: KustomizeLayout
        do throws(KustomizeProblem) {
            layout = try manifest.kustomize()
        } catch {
            throw Failure.badInput("\(folder): " + error.message(catalog))
        }
        try output.writeFolder(layout.files, catalog)
    }
}
