import ArgumentParser
import PodDesign
import PodEngine

/// `podwright recommend FILE`: decide and emit the starter manifest.
struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Decide the design and write its starter manifest (multi-document YAML).",
        discussion: """
        Warnings go to stderr as FILE:LINE:COL lines; an error (a port conflict, an ambassador \
        without localPort, ...) stops with status 1 and no manifest.

        Examples:
          podwright recommend Resources/examples/log-shipper.yaml | kubectl apply -f -
          podwright recommend shop.yaml --kubernetes 1.28 -o shop-manifest.yaml
        """
    )

    @OptionGroup var input: DesignInput
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.check(common.catalog)
        let decision = try input.decide(common)
        try input.report(decision, common.catalog, stopOnError: true)
        try output.write(StarterManifest(decision, catalog: common.catalog).yaml(), common.catalog)
    }
}
