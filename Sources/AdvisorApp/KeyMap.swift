import TerminalUI

/// The advisor's key table.
public enum KeyMap {
    static let everywhere = Set(KeyContext.allCases)
    static let moving: Set<KeyContext> = [.start, .form, .formText, .list, .question, .pick, .result, .preview, .guide]
    static let working: Set<KeyContext> = [.form, .formText, .list, .question, .pick, .result, .preview]

    public static let bindings: [KeyBinding] = [
        KeyBinding([.enter], .select, .uiKeySelect, [.start, .form, .formText, .list, .question, .pick, .result, .guide]),
        // On a name or image step with presets, ↓/↑ pick one (the footer shows them as one item, ↑↓).
        KeyBinding([.down], .down, .uiKeyPick, [.pick]),
        KeyBinding([.up], .up, .uiKeyPick, [.pick], footer: false),
        KeyBinding([.up, .character("k")], .up, .uiKeyUp, moving, footer: false),
        KeyBinding([.down, .character("j")], .down, .uiKeyDown, moving, footer: false),
        KeyBinding([.pageUp], .pageUp, .uiKeyPageUp, [.guide, .result, .preview], footer: false),
        KeyBinding([.pageDown, .character(" ")], .pageDown, .uiKeyPageDown, [.guide, .result, .preview], footer: false),
        KeyBinding([.home], .home, .uiKeyHome, [.guide, .result, .preview], footer: false),
        KeyBinding([.end], .end, .uiKeyEnd, [.guide, .result, .preview], footer: false),
        KeyBinding([.right, .tab], .nextPage, .uiKeyPage, [.guide]),
        KeyBinding([.left, .backTab], .previousPage, .uiKeyPage, [.guide], footer: false),
        KeyBinding([.escape, .character("q")], .close, .uiKeyCloseGuide, [.guide]),
        KeyBinding([.right], .nextChoice, .uiKeyChoice, [.form]),
        KeyBinding([.left], .previousChoice, .uiKeyChoice, [.form], footer: false),
        KeyBinding([.right, .character("l")], .nextChoice, .uiKeySideways, [.preview], footer: false),
        KeyBinding([.left, .character("h")], .previousChoice, .uiKeySideways, [.preview], footer: false),
        KeyBinding([.backTab, .backspace, .left], .back, .uiKeyBack, [.question, .pick]),
        KeyBinding([.backTab, .escape], .back, .uiKeyBack, [.form, .formText, .list, .result]),
        KeyBinding([.character("a")], .add, .uiKeyAdd, [.list]),
        KeyBinding([.character("d"), .delete], .delete, .uiKeyDelete, [.list]),
        KeyBinding([.character("c")], .duplicate, .uiKeyDuplicate, [.list]),
        // K/J (Shift-k/j) move the companion as k/j move the selection; the footer shows them as one item, K/J.
        KeyBinding([.character("K")], .moveUp, .uiKeyMoveUp, [.list]),
        KeyBinding([.character("J")], .moveDown, .uiKeyMoveDown, [.list], footer: false),
        KeyBinding([.character("e")], .edit, .uiKeyEdit, [.list], footer: false),
        KeyBinding([.character("r")], .result, .uiKeyResult, [.list, .question, .pick]),
        KeyBinding([.character("g"), .function(2)], .guide, .uiKeyGuide, [.form, .formText, .list, .question, .pick, .result]),
        KeyBinding([.character("w")], .writeManifest, .uiKeyWrite, [.result]),
        KeyBinding([.character("x")], .exportRecord, .uiKeyExport, [.result]),
        KeyBinding([.character("f")], .finish, .uiKeyFinish, [.result]),
        KeyBinding([.character("c")], .checks, .uiKeyChecks, [.result]),
        KeyBinding([.tab], .switchPane, .uiKeyPane, working),
        KeyBinding([.character("u"), .control("z")], .undo, .uiKeyUndo, working, footer: false),
        KeyBinding([.control("r")], .redo, .uiKeyRedo, working, footer: false),
        KeyBinding([.character("p"), .control("p")], .togglePreview, .uiKeyPreview, working),
        KeyBinding([.character("s"), .control("s")], .save, .uiKeySave, working),
        KeyBinding([.character("?"), .function(1)], .help, .uiKeyHelp, everywhere),
        KeyBinding([.character("q"), .control("q")], .quit, .uiKeyQuit, everywhere.subtracting([.guide])),
        KeyBinding([.control("c")], .cancel, .uiKeyCancel, everywhere, footer: false),
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
