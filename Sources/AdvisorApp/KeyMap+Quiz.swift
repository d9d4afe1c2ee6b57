import TerminalUI

extension KeyMap {
    /// The quiz's keys (help and quit apply everywhere, so also here; `y`, `n` and Esc on the page that asks whether
    /// to end are read by `AdvisorModel.quizKey`, as are the number keys).
    static let quizBindings: [KeyBinding] = [
        KeyBinding([.enter], .select, .uiKeySelect, [.quiz]),
        KeyBinding((1...9).map { .character(Character(String($0))) }, .choose, .uiKeyChoice, [.quiz], footer: false),
        KeyBinding([.up, .character("k")], .up, .uiKeyUp, [.quiz], footer: false),
        KeyBinding([.down, .character("j")], .down, .uiKeyDown, [.quiz], footer: false),
        KeyBinding([.left, .backspace], .back, .uiKeyBack, [.quiz], footer: false),
        KeyBinding([.pageUp], .pageUp, .uiKeyPageUp, [.quiz], footer: false),
        KeyBinding([.pageDown, .character(" ")], .pageDown, .uiKeyPageDown, [.quiz], footer: false),
    ]
}
