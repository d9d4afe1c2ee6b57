import TerminalUI

extension KeyMap {
    /// The quiz's keys (help and quit apply everywhere, so also here).
    static let quizBindings: [KeyBinding] = [
        KeyBinding([.enter], .select, "ui.key.select", [.quiz]),
        KeyBinding([.up, .character("k")], .up, "ui.key.up", [.quiz], footer: false),
        KeyBinding([.down, .character("j")], .down, "ui.key.down", [.quiz], footer: false),
    ]
}
