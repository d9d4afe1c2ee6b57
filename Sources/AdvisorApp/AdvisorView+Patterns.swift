import PodDesign
import TerminalUI
import TextWidth

extension AdvisorView {
    /// Columns of page text inside the guide's frame (one margin column each side).
    static func guideTextWidth(width: Int) -> Int { max(1, width - 4) }

    /// Rows of page text inside the guide's frame (the header, the status line and the keys take three).
    static func guideTextHeight(height: Int) -> Int { max(1, height - 5) }

    /// The pattern guide over the whole screen: the index of the patterns, or one page, scrolled.
    func guideScreen() -> Buffer {
        var buffer = Buffer(width: model.width, height: model.height)
        guard model.width >= Self.minimumWidth, model.height >= Self.minimumHeight, let guide = model.guide else {
            tooSmall(&buffer)
            return buffer
        }
        buffer.fill(Rect(x: 0, y: 0, width: model.width, height: 1), style: theme.header)
        buffer.draw(" " + text[.uiTitle] + " · " + text[.uiGuideTitle], x: 0, y: 0, style: theme.header)
        let area = Rect(x: 0, y: 1, width: model.width, height: model.height - 3)
        let patterns = Pattern.allCases
        if let page = guide.page {
            let title = text[.uiGuidePage, [
                "title": patterns[page].text(.title, text), "number": String(page + 1), "count": String(patterns.count),
            ]]
            let inner = buffer.box(area, title: title, style: theme.frame, titleStyle: theme.title)
            let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
            let lines = model.guideLines(page)
            let scroll = min(guide.scroll, max(0, lines.count - content.height))
            for (row, line) in lines.dropFirst(scroll).prefix(content.height).enumerated() {
                buffer.draw(line, x: content.x, y: content.y + row, width: content.width, theme: theme, clip: content)
            }
            let last = min(lines.count, scroll + content.height)
            let position = text[.uiGuideLines, ["first": String(scroll + 1), "last": String(last), "count": String(lines.count)]]
            buffer.draw(" " + position, x: 0, y: model.height - 2, style: theme.hint)
        } else {
            let inner = buffer.box(area, title: text[.uiGuideTitle], style: theme.frame, titleStyle: theme.title)
            let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
            var y = content.y + 1
            y += buffer.paragraph(text[.uiGuideIntro], in: Rect(x: content.x, y: y, width: content.width, height: 3), style: theme.hint) + 1
            let nameWidth = (patterns.map(\.rawValue.count).max() ?? 0) + 2
            for (index, pattern) in patterns.enumerated() where y < content.maxY {
                let selected = index == guide.selected
                menuItem(&buffer, pattern.rawValue.padded(toWidth: nameWidth) + pattern.text(.title, text),
                         x: content.x, y: y, width: content.width, selected: selected)
                y += 1
            }
            y += 1
            let summary = patterns[min(guide.selected, patterns.count - 1)].text(.summary, text)
            buffer.paragraph(summary, in: Rect(x: content.x, y: y, width: content.width, height: max(0, content.maxY - y)), style: theme.hint)
        }
        footer(&buffer, y: model.height - 1)
        if let overlay = model.overlay { self.overlay(&buffer, overlay) }
        return buffer
    }
}
