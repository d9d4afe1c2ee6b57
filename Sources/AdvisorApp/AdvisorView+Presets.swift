import PodDesign
import PodModel
import PodText
import TerminalUI
import TextWidth

extension AdvisorView {
    /// The most presets listed at once; ↓/↑ scroll the list past them.
    static let presetRows = 6

    /// The presets offered (`model.offeredPresets`) under a name or image field, from row `y`, the one picked marked,
    /// and below them the answers the picked (or typed) image preselects with the catalogue's reason; nothing goes
    /// below `bottom`. Returns the row after what it drew.
    func presets(_ presets: [ImagePreset], _ buffer: inout Buffer, _ content: Rect, y top: Int, index: Int, bottom: Int) -> Int {
        let reasons = model.explainedPreset.map { presetReasons($0, index: index, width: content.width) } ?? []
        let room = bottom - top - 1
        // The list keeps at least two rows; the reasons get what is left below it (and a blank row before the text after).
        let rows = min(presets.count, Self.presetRows, max(2, room - (reasons.isEmpty ? 0 : reasons.count + 1) - 1))
        guard rows > 0, top < bottom else { return top }
        var y = top
        buffer.draw(text[.uiPresetTitle, ["count": String(presets.count)]].fitted(toWidth: content.width), x: content.x, y: y,
                    style: theme.hint, clip: Rect(x: content.x, y: y, width: content.width, height: 1))
        y += 1
        let first = model.presetPick.map { max(0, min($0 - rows + 1, presets.count - rows)) } ?? 0
        let shown = presets[first..<min(presets.count, first + rows)]
        let nameWidth = min(content.width / 2, (shown.map(\.entry.name.displayWidth).max() ?? 0) + 2)
        for (offset, preset) in zip(first..., shown) where y < bottom {
            let label = preset.entry.name.padded(toWidth: nameWidth) + text[preset.entry.kind.textKey]
            menuItem(&buffer, label, x: content.x, y: y, width: content.width, selected: offset == model.presetPick)
            y += 1
        }
        guard !reasons.isEmpty, y + 1 < bottom else { return y }
        y += 1
        let shownReasons = reasons.prefix(bottom - y)
        buffer.lines(Array(shownReasons), in: Rect(x: content.x, y: y, width: content.width, height: shownReasons.count), style: theme.ok)
        return y + shownReasons.count
    }

    /// Why the image catalogue preselects what it does for a preset: what the image is, then each answer it
    /// preselects for this companion (those not given), wrapped to `width`.
    func presetReasons(_ preset: ImagePreset, index: Int, width: Int) -> [String] {
        let answers = model.preselected(by: preset, for: index)
        let values = ["image": preset.entry.name, "kind": text[preset.entry.kind.textKey]]
        guard !answers.isEmpty else { return TextWrap.wrap(text[.uiPresetNoAnswers, values], width: width) }
        let served = model.draft.served(by: model.draft.companions[index])
        let name = model.draft.companions[index].name
        var lines = TextWrap.wrap(text[.uiPresetReasons, values], width: width)
        for answer in answers {
            let line = text[.uiPresetAnswer, ["question": text[answer.question.factKey], "word": answer.word,
                                               "answer": text[answer.textKey, ["name": name, "main": served]]]]
            lines += TextWrap.wrap(line, width: max(1, width - 2)).enumerated().map { $0 == 0 ? $1 : "  " + $1 }
        }
        return lines
    }
}
