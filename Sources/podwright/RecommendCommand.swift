import ArgumentParser
import PodDesign
import PodEngine
import PodModel

/// `podwright recommend FILE`: decide and emit the starter manifest.
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
        """
    )

    @OptionGroup var input: DesignInput

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

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let catalog = common.catalog
        let folder = format == .kustomize ? try output.checkFolder(catalog) : nil
        if folder == nil { try output.check(catalog) }
        let decision = try input.decide(common)
        try input.report(decision, catalog, stopOnError: true)
        let manifest = StarterManifest(decision, catalog: catalog)
        KeptUntilExit.keep(manifest)  // and the decision it holds
        guard let folder else {
            let documents = manifest.documents()
            KeptUntilExit.keep(documents)
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
