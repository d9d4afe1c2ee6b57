import PodDesign
import PodModel
import PodText
import TerminalUI
import TextWidth

/// Draws the advisor: a header, the question pane and the live preview pane, a status line and the keys.
public struct AdvisorView {
    /// The smallest terminal the advisor draws in.
    public static let minimumWidth = 60
    public static let minimumHeight = 20

    let model: AdvisorModel
    let theme: Theme
    var text: Catalog { model.catalog }

    public init(_ model: AdvisorModel, theme: Theme = Theme()) {
        self.model = model
        self.theme = theme
    }

    /// The whole screen (the pattern guide when it is open), in the theme's canvas colours.
    public func render() -> Buffer {
        var buffer = model.guide == nil ? screen() : guideScreen()
        if let canvas = theme.canvas { buffer.paint(canvas) }
        return buffer
    }

    /// The advisor's screen.
    func screen() -> Buffer {
        var buffer = Buffer(width: model.width, height: model.height)
        guard model.width >= Self.minimumWidth, model.height >= Self.minimumHeight else {
            tooSmall(&buffer)
            return buffer
        }
        header(&buffer)
        let body = Rect(x: 0, y: 1, width: model.width, height: model.height - 3)
        let (questions, preview) = panes(body)
        if model.screen.usesWholeBody {
            self.questions(&buffer, body)
        } else {
            self.questions(&buffer, questions)
            self.preview(&buffer, preview)
        }
        statusLine(&buffer, y: model.height - 2)
        footer(&buffer, y: model.height - 1)
        if let overlay = model.overlay { self.overlay(&buffer, overlay) }
        return buffer
    }

    /// The width inside the preview pane's frame for a terminal of this size.
    public static func previewWidth(width: Int, height: Int) -> Int {
        max(1, panes(Rect(x: 0, y: 1, width: width, height: max(0, height - 3))).1.width - 2)
    }

    /// The rows inside the preview pane's frame for a terminal of this size.
    public static func previewHeight(width: Int, height: Int) -> Int {
        max(1, panes(Rect(x: 0, y: 1, width: width, height: max(0, height - 3))).1.height - 2)
    }

    /// Side by side from 80 columns, one above the other below that. The questions take two fifths, 40 to 64
    /// columns (a comfortable line of prose); the preview takes the rest, which a whole application's pods need.
    func panes(_ body: Rect) -> (Rect, Rect) { Self.panes(body) }

    static func panes(_ body: Rect) -> (Rect, Rect) {
        if body.width >= 80 {
            return body.splitColumns(at: min(max(40, body.width * 2 / 5), 64))
        }
        return body.splitRows(at: body.height - max(5, body.height / 4))
    }

    func tooSmall(_ buffer: inout Buffer) {
        let message = text[.uiTooSmall, [
            "width": String(Self.minimumWidth), "height": String(Self.minimumHeight),
            "nowWidth": String(model.width), "nowHeight": String(model.height),
        ]]
        let lines = TextWrap.wrap(message, width: max(1, model.width - 2))
        let top = max(0, (model.height - lines.count) / 2)
        for (row, line) in lines.enumerated() {
            buffer.draw(line, x: max(0, (model.width - line.displayWidth) / 2), y: top + row, style: theme.error)
        }
    }

    func header(_ buffer: inout Buffer) {
        buffer.fill(Rect(x: 0, y: 0, width: model.width, height: 1), style: theme.header)
        let target = KubernetesVersion(model.draft.kubernetes) ?? .newest
        let native = (SidecarStyle(rawValue: model.draft.sidecarStyle) ?? .auto).isNative(on: target)
        let style = text[native ? .styleNative : .styleClassic]
        var title = " " + text[.uiTitle]
        if case .start = model.screen {} else if case .quiz = model.screen {
            title += " · " + text[.quizTitle]
        } else {
            title += " · " + text[.uiHeader, ["design": model.draft.name, "target": model.draft.kubernetes, "style": style]]
        }
        let mark = model.dirty ? text[.uiUnsaved] + " " : ""
        let room = model.width - mark.displayWidth - 1
        buffer.draw(title, x: 0, y: 0, style: theme.header, clip: Rect(x: 0, y: 0, width: room, height: 1))
        buffer.draw(mark, x: model.width - mark.displayWidth, y: 0, style: theme.header)
    }

    func statusLine(_ buffer: inout Buffer, y: Int) {
        guard let status = model.status else { return }
        let message = text[status.key, status.values]
        buffer.draw(" " + message, x: 0, y: y, style: status.isError ? theme.error : theme.ok)
    }

    /// The keys that apply now: help and quit always at the right, the others from the left as far as they fit.
    func footer(_ buffer: inout Buffer, y: Int) {
        let bindings = KeyMap.bindings(in: model.keyContext, typing: model.typing, footerOnly: true)
        func item(_ binding: KeyBinding) -> (key: String, label: String) {
            let keys = binding.keys(typing: model.typing)
            let key = switch binding.action {
            case .nextChoice: "←→"
            case .down where binding.label == .uiKeyPick: "↑↓"
            case .moveUp: "K/J"
            default: KeyBinding.name(keys[0])
            }
            return (key, " " + text[binding.label == .uiKeyMoveUp ? .uiKeyMove : binding.label] + "  ")
        }
        let fixed = bindings.filter { $0.action == .help || $0.action == .quit }.map(item)
        var right = model.width - fixed.reduce(0) { $0 + $1.key.displayWidth + $1.label.displayWidth }
        let limit = right
        for entry in fixed {
            right = buffer.draw(entry.key, x: right, y: y, style: theme.key)
            right = buffer.draw(entry.label, x: right, y: y)
        }
        // When they do not all fit, the screen's own keys (the result's w, x, f; the list's a, d) come first, then
        // going back, the result, the guide and the panes, each as long as it fits; they are drawn in table order.
        let others = bindings.filter { $0.action != .help && $0.action != .quit }
        let ranked = others.filter { !Self.footerRank.contains($0.action) }
            + Self.footerRank.flatMap { action in others.filter { $0.action == action } }
        var room = limit - 1
        var kept = Set<Action>()
        for binding in ranked {
            let entry = item(binding)
            let needed = entry.key.displayWidth + entry.label.displayWidth
            if needed <= room {
                kept.insert(binding.action)
                room -= needed
            }
        }
        let shown = others.filter { kept.contains($0.action) }
        var x = 1
        for entry in shown.map(item) {
            guard x + entry.key.displayWidth + entry.label.displayWidth <= limit else { break }
            x = buffer.draw(entry.key, x: x, y: y, style: theme.key)
            x = buffer.draw(entry.label, x: x, y: y)
        }
    }

    /// The footer's keys that come after a screen's own when the footer is full, most wanted first.
    static let footerRank: [Action] = [.back, .result, .guide, .switchPane, .save, .togglePreview, .edit, .nextPage]
}
