/// What a key does in the advisor.
public enum Action: String, Hashable, Sendable, CaseIterable {
    case cancel, quit, help, togglePreview, save, switchPane
    case up, down, select, back, close, previousChoice, nextChoice
    case add, delete, result, writeManifest, exportRecord, finish, edit
    case guide, nextPage, previousPage, pageUp, pageDown
    /// A number key on a quiz page: the option of that number (the key itself is read by `quizKey`).
    case choose
    case undo, redo, checks, home, end
    /// The companions list: a copy of the companion selected, right after it; moving it one place up or down.
    case duplicate, moveUp, moveDown
}
