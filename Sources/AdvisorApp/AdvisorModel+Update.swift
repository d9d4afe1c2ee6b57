import Foundation
import PodDesign
import PodEngine
import PodModel
import TerminalUI

extension AdvisorModel {
    /// Reacts to a message; returns the effects for the outside world to carry out.
    /// The draft is autosaved after every answer: every change but a keystroke inside a text field,
    /// which is saved with the Enter (or move) that ends it.
    public mutating func update(_ message: Message) -> [Effect] { update(message, settle: true) }

    /// Reacts to a message; with `settle` false, a keystroke in a text field leaves the evaluation (the engine's
    /// reading of the draft) for later, so keys that arrive together cost one evaluation (`settle()`), not one each.
    public mutating func update(_ message: Message, settle: Bool) -> [Effect] {
        let before = draft
        let beforeScreen = screen
        var keystroke = false
        if case let .event(.key(key)) = message, typing, overlay == nil {
            if case .character = key { keystroke = true }
            if key == .backspace { keystroke = true }
        }
        if !keystroke { self.settle() }
        var effects: [Effect]
        switch message {
        case let .event(.resize(width, height)):
            self.width = width
            self.height = height
            if !evaluationIsCurrent { reevaluate() }
            effects = []
        case let .event(.key(key)):
            effects = handle(key)
        case let .event(.paste(text)):
            effects = paste(text)
        case let .effect(result):
            effects = handle(result)
        }
        if draft != before || screen != beforeScreen { presetPick = nil }
        if draft != before {
            remember(before, beforeScreen, keystroke: keystroke)
            evaluationStale = true
            savePending = true
        } else if !keystroke {
            editedField = nil
        }
        restoring = false
        if settle || !keystroke { self.settle() }
        if savePending, !keystroke {
            savePending = false
            effects.insert(.autosave(Self.autosaveText(draft)), at: 0)
        }
        return effects
    }

    /// Brings the evaluation up to date with the draft, when keystrokes left it behind.
    public mutating func settle() {
        guard evaluationStale else { return }
        evaluationStale = false
        if !evaluationIsCurrent { reevaluate() }
    }

    /// The autosave file's text: the draft as JSON with sorted keys, so it is the same bytes every time.
    public static func autosaveText(_ draft: Draft) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return (try? encoder.encode(draft)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    mutating func handle(_ key: Key) -> [Effect] {
        if key == .control("c") { return [.exit(status: ExitStatus.cancelled, stdout: nil)] }
        if let overlay { return handle(key, in: overlay) }
        if case let .quiz(state) = screen, let effects = quizKey(key, state) { return effects }
        if typing, let text = typedText {
            switch key {
            case let .character(character):
                setTypedText(text + String(character))
                status = nil
                return []
            case .backspace:
                setTypedText(String(text.dropLast()))
                return []
            default: break
            }
        }
        guard let action = KeyMap.action(for: key, in: keyContext, typing: typing) else { return [] }
        if key == .backspace, action == .back, case let .question(index, step) = screen, !backspaceMayLeave(index, step) {
            // Backspace held down walks back through the choices but stops before a text step, whose text it would
            // then delete; Shift-Tab or ← go on.
            status = Status(.uiStatusBackspaceStops)
            return []
        }
        return perform(action)
    }

    /// Whether Backspace on this step may go back: only to another choice step (not to a typed one, nor off the list).
    func backspaceMayLeave(_ index: Int, _ step: CompanionStep) -> Bool {
        let steps = draft.steps(ofCompanion: index, showing: step)
        guard let position = steps.firstIndex(of: step), position > 0 else { return false }
        return steps[position - 1].isChoice
    }

    /// Remembers the draft as it was before a change, for undo. The keystrokes of one field edit make one step.
    mutating func remember(_ before: Draft, _ beforeScreen: Screen, keystroke: Bool) {
        if restoring { return }
        if keystroke, editedField == beforeScreen { return }
        editedField = keystroke ? beforeScreen : nil
        undoStack.append(UndoEntry(draft: before, screen: beforeScreen))
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
        redoStack = []
    }

    /// How many steps undo goes back at most.
    static let undoLimit = 500

    /// Undo (`u`) or redo (Ctrl-R): puts back the draft as it was and returns to the screen it was changed on.
    mutating func undo(_ redo: Bool) {
        guard let entry = redo ? redoStack.popLast() : undoStack.popLast() else {
            status = Status(redo ? .uiStatusNothingToRedo : .uiStatusNothingToUndo)
            return
        }
        let now = UndoEntry(draft: draft, screen: screen)
        if redo { undoStack.append(now) } else { redoStack.append(now) }
        restoring = true
        draft = entry.draft
        screen = entry.screen
        editedField = nil
        focus = .questions
        status = Status(redo ? .uiStatusRedone : .uiStatusUndone, ["left": String(redo ? redoStack.count : undoStack.count)])
    }

    /// Starts over with another draft (new, resumed, opened): the undo steps were of the one before.
    mutating func replaceDraft(_ new: Draft) {
        draft = new
        undoStack = []
        redoStack = []
        editedField = nil
        restoring = true
    }

    /// Pasted text goes into the field being typed into (or the path prompt) as text, on one line: a Tab or a line
    /// break in it is a space, other control characters are dropped, and a line break at its end is not kept.
    /// Where nothing is being typed, a paste does nothing (its letters are never taken as keys).
    mutating func paste(_ pasted: String) -> [Effect] {
        var text = String.UnicodeScalarView()
        var scalars = pasted.unicodeScalars[...]
        while let last = scalars.last, last == "\n" || last == "\r" { scalars.removeLast() }
        for scalar in scalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { text.append(" ") }
            else if scalar.value >= 0x20, !(0x7F...0x9F).contains(scalar.value) { text.append(scalar) }
        }
        let line = String(text)
        if case let .prompt(kind, typed) = overlay {
            overlay = .prompt(kind, text: typed + line)
        } else if overlay == nil, typing, let typed = typedText {
            setTypedText(typed + line)
            status = nil
        }
        return []
    }

    mutating func perform(_ action: Action) -> [Effect] {
        if case let .quiz(state) = screen, action != .help, action != .cancel { return quiz(action, state) }
        switch action {
        case .cancel: return [.exit(status: ExitStatus.cancelled, stdout: nil)]
        case .quit:
            if dirty { overlay = .confirmQuit; return [] }
            return [.exit(status: ExitStatus.cancelled, stdout: nil)]
        case .help: overlay = .help
        case .togglePreview:
            preview = preview == .diagram ? .yaml : .diagram
            previewScroll = 0
            previewColumn = 0
        case .switchPane:
            if focus == .questions { previewScroll = previewOffset }
            focus = focus == .questions ? .preview : .questions
        case .save: return askForPath(.design)
        case .guide: openGuide()
        case .undo, .redo:
            if guide != nil { return [] }
            undo(action == .redo)
        default:
            if guide != nil { guideAction(action); return [] }
            if focus == .preview { scrollPreview(action); return [] }
            switch screen {
            case let .start(selected): return start(action, selected)
            case let .mainForm(field): mainForm(action, field)
            case let .companions(selected): companions(action, selected)
            case let .question(index, step): question(action, index, step)
            case let .result(selected): return result(action, selected)
            case .quiz: break
            }
        }
        return []
    }

    mutating func scrollPreview(_ action: Action) {
        let lines = previewLines.count
        let rows = AdvisorView.previewHeight(width: width, height: height)
        let last = max(0, lines - rows)
        switch action {
        case .up: previewScroll = max(0, min(previewScroll, last) - 1)
        case .down: previewScroll = min(last, previewScroll + 1)
        case .pageUp: previewScroll = max(0, min(previewScroll, last) - max(1, rows - 1))
        case .pageDown: previewScroll = min(last, previewScroll + max(1, rows - 1))
        case .home: previewScroll = 0
        case .end: previewScroll = last
        case .previousChoice: previewColumn = max(0, previewColumn - 8)
        case .nextChoice: previewColumn = min(max(0, previewWidest - 1), previewColumn + 8)
        case .back, .close: focus = .questions
        default: break
        }
    }

    mutating func start(_ action: Action, _ selected: Int) -> [Effect] {
        let items = startItems
        switch action {
        case .up: screen = .start(selected: max(0, selected - 1))
        case .down: screen = .start(selected: min(items.count - 1, selected + 1))
        case .select:
            let item = items[min(selected, items.count - 1)]
            if resumable != nil, item == .new || item == .open {
                overlay = .confirmDiscard(item)
                return []
            }
            return startItem(item)
        default: break
        }
        return []
    }

    /// Carries out a start-menu item.
    mutating func startItem(_ item: StartItem) -> [Effect] {
        switch item {
            case .resume:
                // The design left for this menu comes back with its undo steps; one from the autosave starts afresh.
                if let resumable, resumable != draft { replaceDraft(resumable) }
                resumable = nil
                screen = .companions(selected: 0)
            case .new:
                resumable = nil
                replaceDraft(Draft())
                designPath = nil
                savedDraft = nil
                screen = .mainForm(field: .name)
            case .open: overlay = .prompt(.open, text: "")
            case .patterns: openGuide()
            case .quiz: startQuiz()
            case .quit: return [.exit(status: ExitStatus.cancelled, stdout: nil)]
        }
        return []
    }

    /// Leaves the design for the start menu; the design stays there to resume (it is also in the autosave).
    mutating func leaveForStart() {
        if draft != Draft() { resumable = draft }
        screen = .start(selected: 0)
        status = nil
    }

    mutating func mainForm(_ action: Action, _ field: MainField) {
        let fields = MainField.fields(for: draft)
        let index = fields.firstIndex(of: field) ?? 0
        switch action {
        case .up: screen = .mainForm(field: fields[max(0, index - 1)])
        case .down: screen = .mainForm(field: fields[min(fields.count - 1, index + 1)])
        case .nextChoice, .previousChoice:
            guard let choices = field.choices else { return }
            let current = choices.firstIndex(of: field.value(in: draft)) ?? 0
            if field.wraps {
                let step = action == .nextChoice ? 1 : choices.count - 1
                field.set(choices[(current + step) % choices.count], in: &draft)
            } else {
                field.set(choices[action == .nextChoice ? min(choices.count - 1, current + 1) : max(0, current - 1)], in: &draft)
            }
        case .select:
            if let path = field.path, let error = evaluation.error(at: path) {
                status = Status(.uiStatusFix, ["message": describe(error)], isError: true)
            } else if field == .proceed {
                if let error = evaluation.error, !error.field.isWithin(.top(.companions)) {
                    status = Status(.uiStatusFix, ["message": describe(error)], isError: true)
                } else {
                    screen = .companions(selected: 0)
                    status = nil
                }
            } else {
                let fields = MainField.fields(for: draft)
                let index = fields.firstIndex(of: field) ?? 0
                screen = .mainForm(field: fields[min(fields.count - 1, index + 1)])
            }
        case .back: leaveForStart()
        default: break
        }
    }

    mutating func companions(_ action: Action, _ selected: Int) {
        let count = draft.companions.count
        switch action {
        case .up: screen = .companions(selected: max(0, selected - 1))
        case .down: screen = .companions(selected: min(count + 1, selected + 1))
        case .select, .edit:
            if selected < count { screen = .question(companion: selected, step: .name) }
            else if selected == count { addCompanion() }
            else { showResult() }
        case .add: addCompanion()
        case .delete where selected < count:
            overlay = .confirmDelete(companion: selected)
        case .duplicate where selected < count:
            draft.duplicateCompanion(at: selected)
            screen = .companions(selected: selected + 1)
            status = Status(.uiStatusDuplicated, ["name": draft.companions[selected].name, "copy": draft.companions[selected + 1].name])
        case .moveUp where selected < count, .moveDown where selected < count:
            let offset = action == .moveUp ? -1 : 1
            if draft.moveCompanion(at: selected, by: offset) {
                screen = .companions(selected: selected + offset)
                status = Status(.uiStatusMoved, ["name": draft.companions[selected + offset].name, "number": String(selected + offset + 1)])
            }
        case .result: showResult()
        case .back: screen = .mainForm(field: .proceed)
        default: break
        }
    }

    mutating func addCompanion() {
        var number = draft.companions.count + 1
        let taken = Set(draft.companions.map(\.name) + [draft.name, draft.mainName])
        while taken.contains("helper-\(number)") { number += 1 }
        draft.companions.append(DraftCompanion(name: "helper-\(number)"))
        screen = .question(companion: draft.companions.count - 1, step: .name)
        status = nil
    }

    mutating func showResult() {
        screen = .result(selected: 0)
        resultScroll = 0
        status = nil
    }

    mutating func question(_ action: Action, _ index: Int, _ step: CompanionStep) {
        guard draft.companions.indices.contains(index) else { screen = .companions(selected: 0); return }
        if !step.isChoice, presetAction(action, index, step) { return }
        let steps = draft.steps(ofCompanion: index, showing: step)
        let position = steps.firstIndex(of: step) ?? 0
        switch action {
        case .up, .down:
            if step == .serves {
                let names = draft.servable(by: index)
                let current = names.firstIndex(of: draft.served(by: draft.companions[index])) ?? 0
                draft.setServed(names[action == .down ? min(names.count - 1, current + 1) : max(0, current - 1)], at: index)
                return
            }
            guard let choices = step.choices, case let .question(question) = step else { return }
            let current = choices.firstIndex(of: draft.companions[index].answer(question)) ?? 0
            let next = action == .down ? min(choices.count - 1, current + 1) : max(0, current - 1)
            draft.companions[index].setAnswer(choices[next])
        case .select:
            if case let .question(question) = step {
                draft.companions[index].answers.give(draft.companions[index].answer(question))
            }
            if let error = evaluation.error(at: .companion(index, step.key)) ?? stepError(index, step) {
                status = Status(.uiStatusFix, ["message": describe(error)], isError: true)
                return
            }
            if step == .serves, let finding = servesFinding(index) {
                status = Status(.uiStatusFix, ["message": finding.message(catalog)], isError: true)
                return
            }
            status = nil
            let steps = draft.steps(ofCompanion: index, showing: step)
            let position = steps.firstIndex(of: step) ?? 0
            if position + 1 < steps.count {
                screen = .question(companion: index, step: steps[position + 1])
            } else {
                screen = .companions(selected: index)
                status = Status(.uiStatusCompanionDone, ["name": draft.companions[index].name])
            }
        case .back:
            screen = position == 0 ? .companions(selected: index) : .question(companion: index, step: steps[position - 1])
            status = nil
        case .result: showResult()
        default: break
        }
    }

    /// The engine's `serves.colocated` finding on the companion at `index`: it serves a companion that is itself
    /// placed beside another container.
    func servesFinding(_ index: Int) -> Finding? {
        evaluation.decision?.findings.first { $0.check == .servesColocated && $0.container == draft.companions[index].name }
    }

    /// The draft's first error when it lies in this companion at or before this step (a later one is not asked yet).
    func stepError(_ index: Int, _ step: CompanionStep) -> DesignError? {
        guard let error = evaluation.error(at: .companion(index)) else { return nil }
        let steps = draft.steps(ofCompanion: index, showing: step)
        let position = steps.firstIndex(of: step) ?? 0
        guard let errorStep = steps.firstIndex(where: { error.field.isWithin(.companion(index, $0.key)) }) else { return error }
        return errorStep <= position ? error : nil
    }

    mutating func result(_ action: Action, _ selected: Int) -> [Effect] {
        let items = Self.resultItems
        switch action {
        case .up: screen = .result(selected: max(0, selected - 1))
        case .down: screen = .result(selected: min(items.count - 1, selected + 1))
        case .pageUp, .pageDown:
            let view = AdvisorView(self)
            let page = max(1, view.resultArea.room - 2)
            resultScroll = action == .pageUp ? max(0, min(resultScroll, view.resultMaxScroll) - page)
                : min(view.resultMaxScroll, resultScroll + page)
        case .home: resultScroll = 0
        case .end: resultScroll = AdvisorView(self).resultMaxScroll
        case .select: return resultItem(items[min(selected, items.count - 1)])
        case .writeManifest: return resultItem(.writeManifest)
        case .exportRecord: return resultItem(.exportRecord)
        case .finish: return resultItem(.finish)
        case .checks: overlay = .checks(scroll: 0)
        case .back: screen = .companions(selected: 0)
        default: break
        }
        return []
    }

    mutating func resultItem(_ item: ResultItem) -> [Effect] {
        switch item {
        case .companions:
            screen = .companions(selected: 0)
            return []
        case .saveDesign: return askForPath(.design)
        case .writeManifest: return askForPath(.manifest)
        case .exportRecord: return askForPath(.record)
        case .finish:
            guard let decision = writable(.manifest) else { return [] }
            if !manifestToStdout, dirty {
                overlay = .confirmFinish
                return []
            }
            return [.removeAutosave, .exit(status: ExitStatus.success, stdout: manifestToStdout ? output(.manifest, decision) : nil)]
        }
    }

    /// The decision a file of this kind can be written from, or nil (with the reason in the status line).
    /// When the whole draft reads without error, the evaluation's decision is the decision of the whole draft.
    mutating func writable(_ kind: PromptKind) -> Decision? {
        if let error = evaluation.error {
            status = Status(.uiStatusFix, ["message": describe(error)], isError: true)
            return nil
        }
        guard let decision = evaluation.decision else { return nil }
        if kind == .manifest, let finding = decision.findings.first(where: { $0.level == .error }) {
            status = Status(.uiStatusResultError, ["message": finding.message(catalog)], isError: true)
            return nil
        }
        return decision
    }

    /// The text of a file of this kind.
    func output(_ kind: PromptKind, _ decision: Decision) -> String {
        switch kind {
        case .design: DesignWriter.yaml(decision.design)
        case .record: DecisionRecord(decision, catalog: catalog).markdown()
        case .manifest, .open: StarterManifest(decision, catalog: catalog).yaml()
        }
    }

    mutating func askForPath(_ kind: PromptKind) -> [Effect] {
        guard writable(kind) != nil else { return [] }
        let name = draft.name.isEmpty ? "design" : draft.name
        let path = switch kind {
        case .design: designPath ?? "\(name).yaml"
        case .manifest: "\(name)-manifest.yaml"
        case .record: "\(name)-decision.md"
        case .open: ""
        }
        overlay = .prompt(kind, text: path)
        return []
    }

    mutating func handle(_ key: Key, in overlay: Overlay) -> [Effect] {
        switch overlay {
        case .help:
            self.overlay = nil
        case let .checks(scroll):
            let limit = AdvisorView(self).checksMaxScroll
            let page = max(1, height - 6)
            switch key {
            case .down, .character("j"): self.overlay = .checks(scroll: min(limit, scroll + 1))
            case .up, .character("k"): self.overlay = .checks(scroll: max(0, scroll - 1))
            case .pageDown, .character(" "): self.overlay = .checks(scroll: min(limit, scroll + page))
            case .pageUp: self.overlay = .checks(scroll: max(0, scroll - page))
            case .home: self.overlay = .checks(scroll: 0)
            case .end: self.overlay = .checks(scroll: limit)
            case .escape, .enter, .character("q"), .character("c"): self.overlay = nil
            default: break
            }
        case .confirmQuit:
            if key == .character("y") || key == .enter { return [.exit(status: ExitStatus.cancelled, stdout: nil)] }
            if key == .character("n") || key == .escape || key == .character("q") { self.overlay = nil }
        case .confirmFinish:
            if key == .character("y") || key == .enter { return [.removeAutosave, .exit(status: ExitStatus.success, stdout: nil)] }
            if key == .character("n") || key == .escape { self.overlay = nil }
        case let .confirmDelete(index):
            if key == .character("y") || key == .enter {
                self.overlay = nil
                guard draft.companions.indices.contains(index) else { return [] }
                let name = draft.companions[index].name
                draft.companions.remove(at: index)
                screen = .companions(selected: min(index, draft.companions.count))
                status = Status(.uiStatusDeleted, ["name": name])
            }
            if key == .character("n") || key == .escape { self.overlay = nil }
        case let .confirmDiscard(item):
            if key == .character("y") || key == .enter {
                self.overlay = nil
                return startItem(item)
            }
            if key == .character("n") || key == .escape { self.overlay = nil }
        case let .prompt(kind, text):
            switch key {
            case let .character(character): self.overlay = .prompt(kind, text: text + String(character))
            case .backspace: self.overlay = .prompt(kind, text: String(text.dropLast()))
            case .escape: self.overlay = nil
            case .enter:
                let path = text.trimmingSpaces
                guard !path.isEmpty else { return [] }
                self.overlay = nil
                if kind == .open { return [.open(path: path)] }
                guard let decision = writable(kind) else { return [] }
                // The design file being edited is written back without asking: that is what saving it means.
                let writeBack = kind == .design && path == designPath
                return [.write(path: path, text: output(kind, decision), kind: kind, replace: writeBack)]
            default: break
            }
        case let .confirmReplace(kind, path):
            if key == .character("y") || key == .enter {
                self.overlay = nil
                guard let decision = writable(kind) else { return [] }
                return [.write(path: path, text: output(kind, decision), kind: kind, replace: true)]
            }
            if key == .character("n") || key == .escape { self.overlay = .prompt(kind, text: path) }
        }
        return []
    }

    mutating func handle(_ result: EffectResult) -> [Effect] {
        switch result {
        case let .written(path, kind):
            status = Status(kind.writtenKey, ["path": path])
            if kind == .design {
                designPath = path
                savedDraft = draft
            }
        case let .exists(path, kind):
            overlay = .confirmReplace(kind, path: path)
        case let .failed(path, reason):
            status = Status(.uiStatusFailed, ["path": path, "reason": reason], isError: true)
        case let .unreadable(path, reason):
            status = Status(.uiStatusUnreadable, ["path": path, "reason": reason], isError: true)
        case let .opened(path, data):
            do {
                let design = try DesignParser.parse(data, file: path)
                replaceDraft(Draft(design))
                resumable = nil
                designPath = path
                screen = .companions(selected: 0)
                savedDraft = draft
                status = Status(.uiStatusOpened, ["path": path])
            } catch {
                status = Status(.uiStatusOpenFailed, ["message": error.report(catalog)], isError: true)
            }
        }
        return []
    }
}
