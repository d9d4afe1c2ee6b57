import TerminalUI

extension KeyMap {
    /// The quiz's keys (help and quit apply everywhere, so also here).
    static let quizBindings: [KeyBinding] = [
        KeyBinding([.enter], .select, .uiKeySelect, [.quiz]),
        KeyBinding([.up, .character("k")], .up, .uiKeyUp, [.quiz], footer: false),
        KeyBinding([.down, .character("j")], .down, .uiKeyDown, [.quiz], footer: false),
    ]
}
