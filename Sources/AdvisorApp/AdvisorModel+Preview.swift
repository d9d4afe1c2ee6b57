import TextWidth
import PodDesign

extension AdvisorModel {
    /// The lines the preview pane shows: the diagram or the manifest.
    var previewLines: [String] { preview == .diagram ? evaluation.diagram : evaluation.manifest }

    /// The width of the preview's widest line, in columns.
    var previewWidest: Int { previewLines.map(\.displayWidth).max() ?? 0 }

    /// The first line of the preview that is shown. Where the person scrolled it; but while the questions pane has the
    /// keys and a companion is being asked about (or selected in the list), the diagram scrolls just enough to show
    /// the whole box of the pod that companion is in, so a whole application's pods can outgrow the pane.
    public var previewOffset: Int {
        let lines = previewLines
        let scrolled = min(previewScroll, max(0, lines.count - 1))
        guard focus == .questions, preview == .diagram, let companion = followedCompanion, let decision = evaluation.decision,
              let box = evaluation.boxLines[decision.pod(holding: companion).host]
        else { return scrolled }
        let rows = AdvisorView.previewHeight(width: width, height: height)
        if box.lowerBound >= scrolled, box.upperBound <= scrolled + rows { return scrolled }
        return max(0, min(box.lowerBound, lines.count - rows))
    }

    /// The companion the screen is about, whose pod the diagram follows.
    var followedCompanion: String? {
        switch screen {
        case let .question(index, _) where draft.companions.indices.contains(index): draft.companions[index].name
        case let .companions(selected) where draft.companions.indices.contains(selected): draft.companions[selected].name
        default: nil
        }
    }
}
