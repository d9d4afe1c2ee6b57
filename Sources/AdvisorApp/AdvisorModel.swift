import PodDesign
import PodText

/// Everything the advisor shows and remembers: a pure value, changed only by `update`.
public struct AdvisorModel: Sendable {
    public var draft: Draft
    public var screen: Screen
    public var overlay: Overlay?
    /// What the side pane shows; the evaluation makes that text when it is first shown.
    public var preview: PreviewKind = .diagram {
        didSet { evaluation.show(preview) }
    }
    public var focus: Pane = .questions
    public var previewScroll = 0
    /// How many columns the preview is scrolled to the right (←/→ while it has the keys), for long YAML lines.
    public var previewColumn = 0
    /// How far the result screen's text is scrolled (PgUp/PgDn), when it does not fit.
    public var resultScroll = 0
    public var width: Int
    public var height: Int
    public var language: Language
    /// The draft as last saved or opened, if it was.
    public var savedDraft: Draft?
    /// The design file the session was opened from or last saved to.
    public var designPath: String?
    /// An autosaved draft offered on the start screen.
    public var resumable: Draft?
    /// Whether the manifest goes to stdout on finish (stdout is not a terminal).
    public var manifestToStdout: Bool
    /// The last message for the status line.
    public var status: Status?
    /// The image catalogue's preset that ↓/↑ have picked on a name or image step (an index of `offeredPresets`);
    /// nil while the text typed stands (it goes back to nil when the step or the text changes).
    public var presetPick: Int?
    /// The pattern guide, when it is open over the screen (closing it returns to the screen as it was).
    public var guide: GuideState?
    /// Whether the draft changed since it was last autosaved (keystrokes in a field wait for the next answer).
    var savePending = false
    /// Whether the draft changed since the evaluation was made (keystrokes that arrived together wait for `settle`).
    var evaluationStale = false
    /// The earlier states of the draft, newest last, and where the person was when each was left (`u`).
    var undoStack: [UndoEntry] = []
    /// The states undone, newest last (Ctrl-R); a new change forgets them.
    var redoStack: [UndoEntry] = []
    /// The text field whose keystrokes make the newest undo step, while they go on (one step per field edit).
    var editedField: Screen?
    /// Set while undo, redo or a new draft replaces the draft: that change is not itself an undo step.
    var restoring = false
    /// The seed of the quiz's order when it is opened from the start menu.
    public var quizSeed: UInt64 = 0
    /// The design, decision and texts of the draft's complete companions, kept up to date by `update`.
    public private(set) var evaluation: Evaluation
    /// How many times the draft was run through the engine (a key that leaves the draft as it was must not).
    private(set) var evaluations = 0

    public init(
        draft: Draft = Draft(), screen: Screen = .start(selected: 0), width: Int = 80, height: Int = 24,
        language: Language = .en, resumable: Draft? = nil, designPath: String? = nil, manifestToStdout: Bool = false
    ) {
        self.draft = draft
        self.screen = screen
        self.width = width
        self.height = height
        self.language = language
        self.resumable = resumable
        self.designPath = designPath
        self.savedDraft = designPath == nil ? nil : draft
        self.manifestToStdout = manifestToStdout
        self.evaluation = Evaluation(
            draft, language: language, showing: .diagram, diagramWidth: AdvisorView.previewWidth(width: width, height: height)
        )
    }

    /// Recomputes the evaluation after the draft changed (or the pane's width, or the language).
    mutating func reevaluate() {
        evaluations += 1
        evaluation = Evaluation(
            draft, language: language, showing: preview, diagramWidth: AdvisorView.previewWidth(width: width, height: height),
            earlier: evaluation
        )
    }

    /// Whether the evaluation is of the draft as it is now, in this language and pane width.
    var evaluationIsCurrent: Bool {
        evaluation.draft == draft && evaluation.language == language
            && evaluation.diagramWidth == AdvisorView.previewWidth(width: width, height: height)
    }

    public var catalog: Catalog { Catalog(language) }

    /// Whether there is work that was not saved: changes since the last save or open, or any answer at all.
    public var dirty: Bool { savedDraft.map { $0 != draft } ?? (draft != Draft()) }
}

/// What the side pane shows.
public enum PreviewKind: String, Hashable, Sendable { case diagram, yaml }

/// Which pane has the keys.
public enum Pane: Hashable, Sendable { case questions, preview }

/// A message for the status line: a catalog key and its values, and whether it reports a problem.
public struct Status: Hashable, Sendable {
    public var key: TextKey
    public var values: [String: String]
    public var isError: Bool

    public init(_ key: TextKey, _ values: [String: String] = [:], isError: Bool = false) {
        self.key = key
        self.values = values
        self.isError = isError
    }
}
