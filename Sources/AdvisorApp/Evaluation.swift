import PodDesign
import PodEngine
import PodModel
import PodText

/// The draft run through the engine: the first error of the whole draft, and the decision,
/// manifest and diagram of its complete part (what the live pane shows).
public struct Evaluation: Sendable {
    /// The first thing wrong with the whole draft, as the design-file parser reports it.
    public let error: DesignError?
    /// The decision on the complete companions, when that much of the draft is valid.
    public let decision: Decision?
    /// The first thing wrong with the complete part, when there is no decision.
    public let previewError: DesignError?
    /// The manifest's lines, made only when the pane shows it.
    public let manifest: [String]
    public let diagram: [String]
    /// The lines of the diagram each pod's box takes, by the container the pod is built around.
    public let boxLines: [String: Range<Int>]

    /// `diagramWidth` is the preview pane's inner width, which the diagram's boxes fit into.
    init(_ draft: Draft, language: Language, withManifest: Bool, diagramWidth: Int? = nil) {
        let full = draft.design()
        if case let .failure(error) = full { self.error = error } else { self.error = nil }
        let complete = draft.companions.allSatisfy { !$0.name.isEmpty && !$0.image.isEmpty } ? full : draft.design(completeOnly: true)
        switch complete {
        case let .success(design):
            let decision = Advisor.decide(design)
            let catalog = Catalog(language)
            self.decision = decision
            previewError = nil
            let drawing = PodDiagram(decision, catalog: catalog).drawing(width: diagramWidth)
            diagram = drawing.lines
            boxLines = drawing.boxes
            manifest = decision.hasErrors || !withManifest ? [] : StarterManifest(decision, catalog: catalog).yaml()
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case let .failure(error):
            decision = nil
            previewError = error
            diagram = []
            boxLines = [:]
            manifest = []
        }
    }

    /// The error of the whole draft if it concerns this field path (exactly, or inside it).
    public func error(at path: FieldPath) -> DesignError? {
        guard let error, error.field.isWithin(path) else { return nil }
        return error
    }
}
