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
    /// The manifest's lines, made only once the pane shows it (`show`); empty when the decision has errors.
    public private(set) var manifest: [String] = []
    /// The diagram's lines, made only once the pane shows it (`show`).
    public private(set) var diagram: [String] = []
    /// The lines of the diagram each pod's box takes, by the container the pod is built around.
    public private(set) var boxLines: [String: Range<Int>] = [:]
    /// Which of the pane's texts have been made for this decision.
    private(set) var made: Set<PreviewKind> = []
    /// The draft evaluated, so that a draft changed and changed back is not evaluated again.
    let draft: Draft
    /// The entries of each of its companions in the design-file text.
    let companionEntries: [[YAMLEntry]]
    let language: Language
    /// The preview pane's inner width, which the diagram's boxes fit into.
    let diagramWidth: Int?

    /// `diagramWidth` is the preview pane's inner width, which the diagram's boxes fit into; `showing` is the text
    /// the pane shows, made at once (the other one is made when it is shown).
    /// A companion's design-file entries are taken from the `earlier` evaluation when the companion is the same there.
    init(_ draft: Draft, language: Language, showing: PreviewKind, diagramWidth: Int? = nil, earlier: Evaluation? = nil) {
        let entries = draft.companionEntries(reusing: earlier.map { ($0.draft.companions, $0.companionEntries) })
        let full = draft.design(completeOnly: false, entries: entries)
        if case let .failure(error) = full { self.error = error } else { self.error = nil }
        let complete = draft.companions.allSatisfy { !$0.name.isEmpty && !$0.image.isEmpty } ? full
            : draft.design(completeOnly: true, entries: entries)
        companionEntries = entries
        self.draft = draft
        self.language = language
        self.diagramWidth = diagramWidth
        switch complete {
        case let .success(design):
            decision = Advisor.decide(design)
            previewError = nil
        case let .failure(error):
            decision = nil
            previewError = error
        }
        show(showing)
    }

    /// Makes the text the pane shows, if it was not made for this decision yet.
    mutating func show(_ kind: PreviewKind) {
        guard !made.contains(kind) else { return }
        made.insert(kind)
        guard let decision else { return }
        let catalog = Catalog(language)
        switch kind {
        case .diagram:
            let drawing = PodDiagram(decision, catalog: catalog).drawing(width: diagramWidth)
            diagram = drawing.lines
            boxLines = drawing.boxes
        case .yaml:
            manifest = decision.hasErrors ? [] : Self.lines(StarterManifest(decision, catalog: catalog).yaml())
        }
    }

    /// The text's lines, split at each line feed; found in the bytes (splitting the Characters costs several times
    /// more), unless the text has a carriage return, which makes `\r\n` one Character that does not split.
    static func lines(_ text: String) -> [String] {
        guard !text.utf8.contains(UInt8(ascii: "\r")) else {
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The error of the whole draft if it concerns this field path (exactly, or inside it).
    public func error(at path: FieldPath) -> DesignError? {
        guard let error, error.field.isWithin(path) else { return nil }
        return error
    }
}
