import PodDesign
import TerminalUI
import TextWidth

extension AdvisorView {
    /// The rows of the result screen's text above its actions, and the rect they are drawn in.
    var resultArea: (content: Rect, room: Int) {
        let body = Rect(x: 0, y: 1, width: model.width, height: max(0, model.height - 3))
        let inner = panes(body).0.inset(1)
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(1, inner.width - 2), height: inner.height)
        return (content, max(0, content.height - AdvisorModel.resultItems.count - 1))
    }

    /// The result's text wrapped to the pane: each companion with where it goes (and with the container it serves
    /// when that is not the main one), the ids of the rules behind it when everything fits with them, then the checks.
    func resultLines() -> [(String, Style)] {
        let (content, room) = resultArea
        func wrapped(withIds: Bool) -> [(String, Style)] {
            resultText(withIds: withIds).flatMap { line, style in TextWrap.wrap(line, width: content.width).map { ($0, style) } }
        }
        let full = wrapped(withIds: true)
        return full.count <= room ? full : wrapped(withIds: false)
    }

    /// How far the result's text can scroll: the lines past the rows shown (one row says how many are left).
    var resultMaxScroll: Int {
        let (_, room) = resultArea
        let count = resultLines().count
        return count <= room ? 0 : max(0, count - max(1, room - 1))
    }

    func resultText(withIds: Bool) -> [(String, Style)] {
        var lines: [(String, Style)] = []
        if let decision = model.evaluation.decision {
            if decision.companions.isEmpty { lines.append((text[.uiResultNoCompanions], theme.hint)) }
            for item in decision.companions {
                let index = model.draft.companions.firstIndex { $0.name == item.companion.name } ?? 0
                lines.append(("\(servingLabel(item.companion.name, serves: item.companion.serves)): \(placementLabel(index))", .bold))
                guard withIds else { continue }
                let ids: [String] = if case let .colocated(_, _, justifications) = item.placement {
                    justifications.map(\.rawValue)
                } else { [item.rule.rawValue] }
                lines.append(("  " + ids.joined(separator: ", "), theme.hint))
            }
            lines.append(("", .plain))
            lines.append((text[.uiResultFindings], theme.title))
            if decision.findings.isEmpty { lines.append((text[.uiResultNoFindings], theme.ok)) }
            for finding in decision.findings {
                let style = theme.style(finding.level.textStyle)
                lines.append(("\(text[finding.level.textKey]) \(finding.check.rawValue) (\(finding.container))", style))
            }
        } else if let error = model.evaluation.error ?? model.evaluation.previewError {
            lines.append((model.describe(error), theme.error))
        }
        return lines
    }

    /// The result screen: its text (scrolled with PgUp/PgDn when it does not fit), then the actions.
    func result(_ buffer: inout Buffer, _ inner: Rect, selected: Int) {
        let (content, room) = resultArea
        let wrapped = resultLines()
        let fits = wrapped.count <= room
        let offset = fits ? 0 : min(model.resultScroll, resultMaxScroll)
        let rows = fits ? wrapped.count : max(0, room - 1)
        for (row, line) in wrapped.dropFirst(offset).prefix(rows).enumerated() {
            buffer.draw(line.0, x: content.x, y: content.y + row, style: line.1, clip: content)
        }
        if !fits, room > 0 {
            let below = wrapped.count - offset - rows
            let mark = below > 0 ? text[.uiResultMore, ["count": String(below)]] : text[.uiResultMoreAbove, ["count": String(offset)]]
            buffer.draw(mark, x: content.x, y: content.y + rows, style: theme.hint, clip: content)
            if offset > 0 {
                let frame = Rect(x: inner.x - 1, y: inner.y - 1, width: inner.width + 2, height: inner.height + 2)
                edgeMark(&buffer, text[.uiPreviewAbove, ["count": String(offset)]], frame, y: frame.y)
            }
        }
        let items = AdvisorModel.resultItems
        let top = content.y + (fits ? wrapped.count + (wrapped.count < room ? 1 : 0) : room + 1)
        for (index, item) in items.enumerated() where top + index < content.maxY {
            menuItem(&buffer, text[item.textKey(manifestToStdout: model.manifestToStdout)], x: content.x, y: top + index, width: content.width, selected: index == selected)
        }
    }
}
