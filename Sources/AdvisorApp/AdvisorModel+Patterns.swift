import PodDesign
import PodModel
import StyledText

extension AdvisorModel {
    /// Opens the pattern guide on its index; the screen under it stays as it is.
    mutating func openGuide() {
        guide = GuideState()
    }

    /// The lines of a page of the guide, as the view shows them (for the draft's target version);
    /// the page's title is in the frame, so its own title lines are left out.
    func guideLines(_ page: Int) -> [StyledLine] {
        let pattern = Pattern.allCases[page]
        let lines = PatternPage(pattern, catalog: catalog, target: KubernetesVersion(draft.kubernetes))
            .lines(width: AdvisorView.guideTextWidth(width: width))
        return Array(lines.drop { $0.style == .title || $0.text.isEmpty })
    }

    /// Moves in the guide: the index selects and opens, a page scrolls and turns; `close` returns to the screen.
    mutating func guideAction(_ action: Action) {
        guard var state = guide else { return }
        let count = Pattern.allCases.count
        if action == .close {
            guide = nil
            return
        }
        guard let page = state.page else {
            switch action {
            case .up: state.selected = max(0, state.selected - 1)
            case .down: state.selected = min(count - 1, state.selected + 1)
            case .pageUp: state.selected = 0
            case .pageDown: state.selected = count - 1
            case .select, .nextPage: state.page = state.selected
            default: break
            }
            state.scroll = 0
            guide = state
            return
        }
        let room = AdvisorView.guideTextHeight(height: height)
        let last = max(0, guideLines(page).count - room)
        switch action {
        case .up: state.scroll = max(0, state.scroll - 1)
        case .down: state.scroll = min(last, state.scroll + 1)
        case .pageUp: state.scroll = max(0, state.scroll - max(1, room - 1))
        case .pageDown: state.scroll = min(last, state.scroll + max(1, room - 1))
        case .home: state.scroll = 0
        case .end: state.scroll = last
        case .nextPage where page + 1 < count:
            state = GuideState(page: page + 1, selected: page + 1)
        case .previousPage:
            state = page == 0 ? GuideState(selected: 0) : GuideState(page: page - 1, selected: page - 1)
        default: break
        }
        guide = state
    }
}
