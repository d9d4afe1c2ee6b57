import PodDesign
import TerminalUI
import TextWidth

extension AdvisorView {
    /// The live pane: the pods as they stand, or the manifest, updated after every answer.
    func preview(_ buffer: inout Buffer, _ area: Rect) {
        let focused = model.focus == .preview
        let title = text[model.preview == .diagram ? .uiPreviewDiagram : .uiPreviewYaml]
        let inner = buffer.box(area, title: title, style: focused ? theme.title : theme.frame, titleStyle: focused ? theme.title : .bold)
        let evaluation = model.evaluation
        if let error = evaluation.previewError {
            buffer.paragraph(text[.uiPreviewWaiting, ["message": model.describe(error)]], in: inner, style: theme.hint)
            return
        }
        let lines = model.preview == .diagram ? evaluation.diagram : evaluation.manifest
        if lines.isEmpty {
            buffer.paragraph(text[.uiPreviewBlocked], in: inner, style: theme.error)
            return
        }
        let offset = model.previewOffset
        // The widest line is measured only when the pane is scrolled sideways (it costs a pass over every line).
        let column = model.previewColumn == 0 ? 0 : min(model.previewColumn, max(0, model.previewWidest - 1))
        buffer.lines(column == 0 ? lines : lines.map { $0.droppingColumns(column) }, in: inner, scroll: offset)
        let below = lines.count - offset - inner.height
        let top = (offset > 0 ? [text[.uiPreviewAbove, ["count": String(offset)]]] : [])
            + (column > 0 ? [text[.uiPreviewColumn, ["count": String(column + 1)]]] : [])
        if !top.isEmpty { edgeMark(&buffer, top.joined(separator: " · "), area, y: area.y) }
        if below > 0 { edgeMark(&buffer, text[.uiPreviewBelow, ["count": String(below)]], area, y: area.maxY - 1) }
    }

    /// A short mark at the right of a frame's edge, like how many lines lie past it (`↓ 3 more`).
    func edgeMark(_ buffer: inout Buffer, _ mark: String, _ area: Rect, y: Int) {
        let shown = " " + mark + " "
        guard shown.displayWidth + 4 <= area.width else { return }
        buffer.draw(shown, x: area.maxX - 2 - shown.displayWidth, y: y, style: theme.hint)
    }

    /// The checks overlay's box: nearly the whole screen.
    var checksArea: Rect {
        let width = min(model.width - 4, 76)
        return Rect(x: (model.width - width) / 2, y: 1, width: width, height: max(3, model.height - 2))
    }

    /// Every check of the result in full: its level, id and container, then its message with the fix, wrapped.
    func checksLines() -> [(String, Style)] {
        let width = max(1, checksArea.width - 4)
        guard let decision = model.evaluation.decision, !decision.findings.isEmpty else {
            return [(text[.uiResultNoFindings], theme.ok)]
        }
        var lines: [(String, Style)] = []
        for (number, finding) in decision.findings.enumerated() {
            if number > 0 { lines.append(("", .plain)) }
            let heading = "\(text[finding.level.textKey]) \(finding.check.rawValue) (\(finding.container))"
            lines += TextWrap.wrap(heading, width: width).map { ($0, theme.style(finding.level.textStyle)) }
            lines += TextWrap.wrap(finding.message(text), width: width).map { ($0, .plain) }
        }
        return lines
    }

    /// How far the checks overlay scrolls: its lines past the rows it shows (one row says how to close it).
    var checksMaxScroll: Int { max(0, checksLines().count - max(1, checksArea.height - 3)) }

    func checksOverlay(_ buffer: inout Buffer, scroll: Int) {
        let area = checksArea
        buffer.fill(area)
        let inner = buffer.box(area, title: text[.uiChecksTitle], style: theme.title, titleStyle: theme.title)
        let lines = checksLines()
        let rows = max(1, inner.height - 1)
        let offset = min(scroll, checksMaxScroll)
        for (row, line) in lines.dropFirst(offset).prefix(rows).enumerated() {
            buffer.draw(line.0, x: inner.x + 1, y: inner.y + row, style: line.1, clip: inner)
        }
        buffer.draw(text[.uiChecksHint], x: inner.x + 1, y: inner.maxY - 1, style: theme.hint, clip: inner)
        if offset > 0 { edgeMark(&buffer, text[.uiPreviewAbove, ["count": String(offset)]], area, y: area.y) }
        let below = lines.count - offset - rows
        if below > 0 { edgeMark(&buffer, text[.uiPreviewBelow, ["count": String(below)]], area, y: area.maxY - 1) }
    }

    /// A box in the middle of the screen with the overlay's content.
    func overlay(_ buffer: inout Buffer, _ overlay: Overlay) {
        if case let .checks(scroll) = overlay {
            checksOverlay(&buffer, scroll: scroll)
            return
        }
        let width = min(model.width - 4, 64)
        var lines: [(String, Style)] = []
        var title = ""
        switch overlay {
        case .help:
            title = text[.uiHelpTitle]
            let bindings = KeyMap.bindings(in: model.keyContext, typing: model.typing, footerOnly: false)
            let names = bindings.map { $0.keys(typing: model.typing).map(KeyBinding.name).joined(separator: " ") }
            let column = (names.map(\.displayWidth).max() ?? 0) + 2
            if bindings.count + 3 <= model.height - 2 {
                for (binding, name) in zip(bindings, names) {
                    lines.append((name.padded(toWidth: column) + text[binding.label], .plain))
                }
            } else {
                // Too many rows for the terminal: two columns, each key by all its names where they fit, else its first.
                let cell = (width - 4 - 2) / 2
                let widest = (names.map(\.displayWidth).max() ?? 0) + 1 + (bindings.map { text[$0.label].displayWidth }.max() ?? 0)
                let first = widest <= cell ? names : bindings.map { KeyBinding.name($0.keys(typing: model.typing)[0]) }
                let keyColumn = (first.map(\.displayWidth).max() ?? 0) + 1
                let entries = zip(bindings, first).map { ($1.padded(toWidth: keyColumn) + text[$0.label]).fitted(toWidth: cell) }
                let half = (entries.count + 1) / 2
                for row in 0..<half {
                    let right = row + half < entries.count ? entries[row + half] : ""
                    lines.append((entries[row].padded(toWidth: cell) + "  " + right, .plain))
                }
            }
            lines.append(("", .plain))
            lines.append((text[.uiHelpClose], theme.hint))
        case .confirmQuit:
            title = text[.uiQuitTitle]
            lines.append((text[.uiQuitQuestion], .bold))
        case .confirmFinish:
            title = text[.uiResultFinish]
            lines.append((text[.uiFinishQuestion], .bold))
        case .checks: break
        case let .confirmDelete(index):
            title = text[.uiDeleteTitle]
            let name = model.draft.companions.indices.contains(index) ? model.draft.companions[index].name : ""
            lines.append((text[.uiDeleteQuestion, ["name": name]], .bold))
        case .confirmDiscard:
            title = text[.uiDiscardTitle]
            lines.append((text[.uiDiscardQuestion, ["name": model.resumable?.name ?? model.draft.name]], .bold))
        case let .prompt(kind, typed):
            title = text[kind.titleKey]
            lines.append((("› " + typed + "▏").tail(toWidth: width - 4), theme.selected))
            lines.append(("", .plain))
            lines.append((text[.uiPromptHint], theme.hint))
        case let .confirmReplace(_, path):
            title = text[.uiReplaceTitle]
            lines.append((text[.uiReplaceQuestion, ["path": path]], .bold))
        }
        var wrapped = lines.flatMap { line, style in
            line.isEmpty ? [("", style)] : TextWrap.wrap(line, width: width - 4).map { ($0, style) }
        }
        if wrapped.count + 2 > model.height - 2 { wrapped.removeAll { $0.0.isEmpty } }
        let height = min(model.height - 2, wrapped.count + 2)
        let area = Rect(x: (model.width - width) / 2, y: max(1, (model.height - height) / 2), width: width, height: height)
        buffer.fill(area)
        let inner = buffer.box(area, title: title, style: theme.title, titleStyle: theme.title)
        for (row, line) in wrapped.prefix(inner.height).enumerated() {
            buffer.draw(line.0, x: inner.x + 1, y: inner.y + row, style: line.1, clip: inner)
        }
    }
}
