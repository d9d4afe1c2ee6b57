import ArgumentParser
import PodDesign
import PodEngine

/// `podwright diagram FILE`: a picture of the decided pods (SVG, Mermaid or text), or of one pod's lifecycle.
struct DiagramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagram",
        abstract: "Draw the decided pods for slides and wikis: SVG (the default), Mermaid or text; or a pod's lifecycle.",
        discussion: """
        The SVG is self-contained (no fonts, images or scripts from elsewhere), white and yellow on black \
        like the high-contrast theme, so it reads on a projector; Korean text uses a system font \
        (Noto Sans CJK or Nanum). Init containers have dashed outlines, native sidecars dotted ones, the \
        container a pod is built around a thick yellow one. The Mermaid text is what `explain` puts in its record.

        --lifecycle draws one pod's lifecycle instead: who starts first (init containers, then native \
        sidecars, in order), what runs together, and who stops last (the native sidecars, after the \
        main container, last started first stopped).

        Examples:
          podwright diagram Resources/examples/whole-app.yaml -o pods.svg
          podwright diagram shop.yaml --lifecycle --pod api -o api-lifecycle.svg
          podwright diagram shop.yaml --format mermaid
        """
    )

    @OptionGroup var input: DesignInput

    @Option(help: ArgumentHelp(
        "svg (for slides), mermaid (for wikis: what explain writes) or text (box drawing, for terminals).",
        valueName: "svg|mermaid|text"))
    var format: DiagramFormat = .svg

    @Flag(help: "Draw the lifecycle of one pod (SVG) instead of the pods.")
    var lifecycle = false

    @Option(help: ArgumentHelp(
        "With --lifecycle: the pod built around this container (default: the main container's pod).", valueName: "NAME"))
    var pod: String?

    @OptionGroup var common: CommonOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if lifecycle && format != .svg { throw ValidationError(common.catalog[.errorLifecycleSvgOnly]) }
        if pod != nil && !lifecycle { throw ValidationError(common.catalog[.errorPodNeedsLifecycle]) }
    }

    func run() throws {
        let catalog = common.catalog
        try output.check(catalog)
        let decision = try input.source.decide(common)
        try input.source.report(decision, catalog, stopOnError: false)
        let picture = PodPicture(decision, catalog: catalog)
        let title = catalog[.pictureTitle, ["design": decision.design.name]]
        let drawn: String
        switch (format, lifecycle) {
        case (_, true):
            let host = pod ?? decision.pod.host
            guard let index = decision.pods.firstIndex(where: { $0.host == host }) else {
                let hosts = decision.pods.map(\.host).joined(separator: ", ")
                throw Failure.badInput(catalog[.errorNoSuchPod, ["name": host, "pods": hosts]])
            }
            drawn = LifecycleTimeline(picture.pods[index], catalog: catalog).svg()
        case (.svg, false): drawn = picture.svg(title: title, catalog: catalog)
        case (.mermaid, false): drawn = picture.mermaid().joined(separator: "\n") + "\n"
        case (.text, false): drawn = PodDiagram(decision, catalog: catalog).lines().joined(separator: "\n") + "\n"
        }
        try output.write(drawn, catalog)
    }
}
