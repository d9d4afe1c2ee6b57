/// One step of undo or redo: the draft as it was, and the screen it was changed on (undo returns there).
struct UndoEntry: Hashable, Sendable {
    var draft: Draft
    var screen: Screen
}
