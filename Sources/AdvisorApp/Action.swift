/// What a key does in the advisor.
public enum Action: String, Hashable, Sendable, CaseIterable {
    case cancel, quit, help, togglePreview, save, switchPane
    case up, down, select, back, close, previousChoice, nextChoice
    case add, delete, result, writeManifest, exportRecord, finish, edit
    case guide, nextPage, previousPage, pageUp, pageDown
    case undo, redo, checks, home, end
}
