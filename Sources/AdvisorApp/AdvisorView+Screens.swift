import PodDesign
import PodText
import TerminalUI
import TextWidth

extension AdvisorView {
    /// The left pane: whatever the current screen asks.
    func questions(_ buffer: inout Buffer, _ area: Rect) {
        let focused = model.focus == .questions
        let frame = focused ? theme.title : theme.frame
        switch model.screen {
        case let .start(selected):
            let inner = buffer.box(area, title: text[.uiStartTitle], style: frame, titleStyle: theme.title)
            var y = inner.y + 1
            y += buffer.paragraph(text[.uiStartIntro], in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 4), style: theme.hint) + 1
            for (index, item) in model.startItems.enumerated() {
                menuItem(&buffer, startLabel(item), x: inner.x + 1, y: y + index, width: inner.width - 2, selected: index == selected)
            }
        case let .mainForm(field):
            let inner = buffer.box(area, title: text[.uiMainTitle], style: frame, titleStyle: theme.title)
            mainForm(&buffer, inner, current: field)
        case let .companions(selected):
            let inner = buffer.box(area, title: text[.uiCompanionsTitle, ["main": model.draft.mainName]], style: frame, titleStyle: theme.title)
            companions(&buffer, inner, selected: selected)
        case let .question(index, step):
            question(&buffer, area, index: index, step: step, frame: frame)
        case let .result(selected):
            let inner = buffer.box(area, title: text[.uiResultTitle], style: frame, titleStyle: theme.title)
            result(&buffer, inner, selected: selected)
        case let .quiz(state):
            quiz(&buffer, area, state)
        }
    }

    func startLabel(_ item: StartItem) -> String {
        switch item {
        case .resume:
            let draft = model.resumable ?? Draft()
            return text[.uiStartResume, ["name": draft.name, "count": String(draft.companions.count)]]
        case .new: return text[.uiStartNew]
        case .open: return text[.uiStartOpen]
        case .patterns: return text[.uiStartPatterns]
        case .quiz: return text[.uiStartQuiz]
        case .quit: return text[.uiStartQuit]
        }
    }

    func menuItem(_ buffer: inout Buffer, _ label: String, x: Int, y: Int, width: Int, selected: Bool, style: Style = .plain, marker: Bool = true) {
        let area = Rect(x: x, y: y, width: width, height: 1)
        let line = ((selected && marker ? theme.marker + " " : "  ") + label).fitted(toWidth: width)
        buffer.draw(line.padded(toWidth: width), x: x, y: y, style: selected ? theme.selected : style, clip: area)
    }

    func mainForm(_ buffer: inout Buffer, _ inner: Rect, current: MainField) {
        let fields = MainField.fields(for: model.draft)
        let labels = fields.map { text[$0.labelKey] }
        let labelWidth = min(16, (labels.dropLast().map(\.displayWidth).max() ?? 0) + 1)
        var y = inner.y
        for (field, label) in zip(fields, labels) {
            guard y < inner.maxY else { break }
            let selected = field == current
            if field == .proceed {
                if y + 1 < inner.maxY { y += 1 }
                menuItem(&buffer, label, x: inner.x + 1, y: y, width: inner.width - 2, selected: selected)
                y += 1
                continue
            }
            let value = field.value(in: model.draft)
            let valueWidth = inner.width - labelWidth - 3
            let shown = field.choices != nil ? "‹ \(value) ›" : (value + (selected && model.typing ? "▏" : "")).tail(toWidth: valueWidth)
            let error = field.path.flatMap { model.evaluation.error(at: $0) }
            buffer.draw((selected ? theme.marker + " " : "  ") + label, x: inner.x, y: y, style: selected ? theme.key : .plain, clip: inner)
            buffer.draw(shown, x: inner.x + 2 + labelWidth + 1, y: y, style: selected ? theme.selected : (error == nil ? .plain : theme.error), clip: inner)
            if error != nil { buffer.draw("✗", x: inner.x + 2 + labelWidth - 1, y: y, style: theme.error, clip: inner) }
            y += 1
        }
        let hintArea = Rect(x: inner.x + 1, y: y + 1, width: inner.width - 2, height: max(0, inner.maxY - y - 1))
        var used = 0
        if let path = current.path, let error = model.evaluation.error(at: path) {
            used += buffer.paragraph(model.describe(error), in: hintArea, style: theme.error)
        }
        buffer.paragraph(text[current.hintKey],
                         in: Rect(x: hintArea.x, y: hintArea.y + used, width: hintArea.width, height: hintArea.height - used), style: theme.hint)
    }

    /// A short description of where a companion went: its role, or its own workload.
    func placementLabel(_ index: Int) -> String {
        let companion = model.draft.companions[index]
        guard !companion.name.isEmpty, !companion.image.isEmpty,
              let item = model.evaluation.decision?.companions.first(where: { $0.companion.name == companion.name })
        else { return text[.uiCompanionsIncomplete] }
        switch item.placement {
        case let .colocated(role, native, _):
            return text[native ? .uiPlacementColocatedNative : .uiPlacementColocated, ["role": text[role.textKey]]]
        case let .separate(workload):
            return text[.uiPlacementSeparate, ["kind": workload.kind.rawValue]]
        }
    }

    /// A companion's name, with the container it serves when that is not the main one (`api-db-pool (serves api)`).
    func servingLabel(_ name: String, serves: String?) -> String {
        guard let serves, serves != model.draft.mainName else { return name }
        return text[.uiServing, ["name": name, "host": serves]]
    }

    /// What a container offered on the `serves` step is: the main container, or where its companion is placed.
    func servedDescription(_ container: String) -> String {
        if container == model.draft.mainName { return text[.uiChoiceServesMain] }
        guard let index = model.draft.companions.firstIndex(where: { $0.name == container }) else { return text[.uiChoiceServesUnknown] }
        return placementLabel(index)
    }

    func companions(_ buffer: inout Buffer, _ inner: Rect, selected: Int) {
        var y = inner.y
        let count = model.draft.companions.count
        if count == 0 {
            y += buffer.paragraph(text[.uiCompanionsEmpty, ["main": model.draft.mainName]],
                                  in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 4), style: theme.hint) + 1
        }
        let nameWidth = min(inner.width / 2, (model.draft.companions.map(\.name.displayWidth).max() ?? 0) + 2)
        let first = max(0, selected - (inner.height - 4))
        for index in first..<count where y < inner.maxY - 3 {
            let companion = model.draft.companions[index]
            let label = companion.name.padded(toWidth: nameWidth) + placementLabel(index)
            menuItem(&buffer, label, x: inner.x + 1, y: y, width: inner.width - 2, selected: index == selected)
            y += 1
        }
        y += 1
        menuItem(&buffer, text[.uiCompanionsAdd], x: inner.x + 1, y: y, width: inner.width - 2, selected: selected == count)
        menuItem(&buffer, text[.uiCompanionsResult], x: inner.x + 1, y: y + 1, width: inner.width - 2, selected: selected == count + 1)
    }

    func question(_ buffer: inout Buffer, _ area: Rect, index: Int, step: CompanionStep, frame: Style) {
        guard model.draft.companions.indices.contains(index) else { return }
        let companion = model.draft.companions[index]
        let steps = model.draft.steps(ofCompanion: index, showing: step)
        let number = (steps.firstIndex(of: step) ?? 0) + 1
        let name = companion.name.isEmpty ? "?" : companion.name
        let served = model.draft.served(by: companion)
        let inner = buffer.box(area, title: text[.uiQuestionTitle, ["name": name, "number": String(number), "count": String(steps.count)]],
                               style: frame, titleStyle: theme.title)
        // The questions are about the container the companion serves: its name stands where the main container's would.
        let values = ["name": name, "main": served]
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let presets = model.offeredPresets  // matched against the text typed: once per frame
        let hintKey: TextKey = step.isChoice ? .uiQuestionChoiceHint : !presets.isEmpty ? .uiQuestionPickHint : .uiQuestionTextHint
        let keysHint = TextWrap.wrap(text[hintKey], width: content.width)
        var y = content.y
        y += buffer.paragraph(text[step.titleKey, values],
                              in: Rect(x: content.x, y: y, width: content.width, height: content.maxY - y), style: .bold) + 1
        func choice(_ word: String, _ description: String, selected: Bool) {
            let lines = TextWrap.wrap((selected ? "● " : "○ ") + word + "  " + description, width: max(1, content.width - 6))
            for (row, line) in lines.enumerated() where y < content.maxY {
                menuItem(&buffer, (row == 0 ? "" : "    ") + line, x: content.x, y: y, width: content.width, selected: selected, marker: row == 0)
                y += 1
            }
        }
        if step == .serves {
            for container in model.draft.servable(by: index) where y < content.maxY {
                choice(container, servedDescription(container), selected: container == served)
            }
        } else if let choices = step.choices, case let .question(question) = step {
            let answer = companion.answer(question)
            for option in choices where y < content.maxY {
                choice(option.word, text[option.textKey, values], selected: option == answer)
            }
        } else {
            let value = companion.text(of: step)
            buffer.draw(("› " + value + "▏").tail(toWidth: content.width), x: content.x, y: y, style: theme.selected, clip: Rect(x: content.x, y: y, width: content.width, height: 1))
            y += 1
            if !presets.isEmpty { y = self.presets(presets, &buffer, content, y: y + 1, index: index, bottom: content.maxY - keysHint.count) }
        }
        y += 1
        if case let .question(question) = step, let source = companion.assumption(question) {
            let assumed = switch source {
            case let .image(image): text[.uiQuestionAssumedImage, ["image": image]]
            case .articlesDefault: text[.uiQuestionAssumedDefault]
            }
            y += buffer.paragraph(assumed, in: Rect(x: content.x, y: y, width: content.width, height: max(0, content.maxY - y)), style: theme.hint) + 1
        }
        if case let .question(question) = step, let note = companion.note(question) {
            y += buffer.paragraph(text[.uiQuestionNote, ["note": note]],
                                  in: Rect(x: content.x, y: y, width: content.width, height: max(0, content.maxY - y)), style: theme.ok) + 1
        }
        if let error = model.evaluation.error(at: .companion(index, step.key)), step.choices == nil, !companion.text(of: step).isEmpty || step == .image {
            y += buffer.paragraph(model.describe(error), in: Rect(x: content.x, y: y, width: content.width, height: max(0, content.maxY - y)), style: theme.error) + 1
        } else if step == .serves, let finding = model.servesFinding(index) {
            y += buffer.paragraph(finding.message(text), in: Rect(x: content.x, y: y, width: content.width, height: max(0, content.maxY - y)), style: theme.error) + 1
        }
        // Under the presets the why is left out when it does not fit whole (the image step's examples are the list).
        let why = TextWrap.wrap(text[step.whyKey, values], width: content.width)
        let whyRoom = max(0, content.maxY - y - keysHint.count)
        if presets.isEmpty || why.count <= whyRoom {
            y += buffer.lines(why, in: Rect(x: content.x, y: y, width: content.width, height: whyRoom), style: theme.hint)
        }
        if content.maxY - keysHint.count >= y {
            buffer.lines(keysHint, in: Rect(x: content.x, y: content.maxY - keysHint.count, width: content.width, height: keysHint.count), style: theme.hint)
        }
    }
}
