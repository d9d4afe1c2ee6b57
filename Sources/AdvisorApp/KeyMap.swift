import TerminalUI

/// The advisor's key table.
public enum KeyMap {
    static let everywhere = Set(KeyContext.allCases)
    static let moving: Set<KeyContext> = [.start, .form, .formText, .list, .question, .result, .preview, .guide]
    static let working: Set<KeyContext> = [.form, .formText, .list, .question, .result, .preview]

    public static let bindings: [KeyBinding] = [
        KeyBinding([.enter], .select, "ui.key.select", [.start, .form, .formText, .list, .question, .result, .guide]),
        KeyBinding([.up, .character("k")], .up, "ui.key.up", moving, footer: false),
        KeyBinding([.down, .character("j")], .down, "ui.key.down", moving, footer: false),
        KeyBinding([.pageUp], .pageUp, "ui.key.pageUp", [.guide], footer: false),
        KeyBinding([.pageDown, .character(" ")], .pageDown, "ui.key.pageDown", [.guide], footer: false),
        KeyBinding([.right, .tab], .nextPage, "ui.key.page", [.guide]),
        KeyBinding([.left, .backTab], .previousPage, "ui.key.page", [.guide], footer: false),
        KeyBinding([.escape, .character("q")], .close, "ui.key.closeGuide", [.guide]),
        KeyBinding([.right], .nextChoice, "ui.key.choice", [.form]),
        KeyBinding([.left], .previousChoice, "ui.key.choice", [.form], footer: false),
        KeyBinding([.backTab, .backspace, .left], .back, "ui.key.back", [.question]),
        KeyBinding([.backTab, .escape], .back, "ui.key.back", [.form, .formText, .list, .result]),
        KeyBinding([.character("a")], .add, "ui.key.add", [.list]),
        KeyBinding([.character("d"), .delete], .delete, "ui.key.delete", [.list]),
        KeyBinding([.character("e")], .edit, "ui.key.edit", [.list], footer: false),
        KeyBinding([.character("r")], .result, "ui.key.result", [.list, .question]),
        KeyBinding([.character("g"), .function(2)], .guide, "ui.key.guide", [.form, .formText, .list, .question, .result]),
        KeyBinding([.character("w")], .writeManifest, "ui.key.write", [.result]),
        KeyBinding([.character("x")], .exportRecord, "ui.key.export", [.result]),
        KeyBinding([.character("f")], .finish, "ui.key.finish", [.result]),
        KeyBinding([.tab], .switchPane, "ui.key.pane", working),
        KeyBinding([.character("p"), .control("p")], .togglePreview, "ui.key.preview", working),
        KeyBinding([.character("s"), .control("s")], .save, "ui.key.save", working),
        KeyBinding([.character("?"), .function(1)], .help, "ui.key.help", everywhere),
        KeyBinding([.character("q"), .control("q")], .quit, "ui.key.quit", everywhere.subtracting([.guide])),
        KeyBinding([.control("c")], .cancel, "ui.key.cancel", everywhere, footer: false),
    ] + quizBindings

    /// The action of a key in a context (nil when it does nothing there).
    public static func action(for key: Key, in context: KeyContext, typing: Bool) -> Action? {
        bindings.first { $0.contexts.contains(context) && $0.keys(typing: typing).contains(key) }?.action
    }

    /// The bindings that apply in a context, for the footer (`footerOnly`) or the help overlay.
    public static func bindings(in context: KeyContext, typing: Bool, footerOnly: Bool) -> [KeyBinding] {
        var seen = Set<Action>()
        return bindings.filter { binding in
            binding.contexts.contains(context) && (!footerOnly || binding.inFooter)
                && !binding.keys(typing: typing).isEmpty && seen.insert(binding.action).inserted
        }
    }
}
