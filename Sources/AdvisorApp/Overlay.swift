/// Something shown over the screen that takes the keys until it closes.
public enum Overlay: Hashable, Sendable {
    /// The key help of the current screen.
    case help
    /// "Quit with unsaved work?"
    case confirmQuit
    /// "Finish without saving?" (on a terminal, where finishing writes nothing)
    case confirmFinish
    /// The result's checks in full, each with its fix, scrolled by `scroll` lines.
    case checks(scroll: Int)
    /// "Delete this companion?"
    case confirmDelete(companion: Int)
    /// "Replace the design in progress?" before a start-menu item that would (a new design, or opening a file).
    case confirmDiscard(StartItem)
    /// A path prompt for a file to write, with the text typed so far.
    case prompt(PromptKind, text: String)
    /// "The file exists; replace it?"
    case confirmReplace(PromptKind, path: String)
}

/// What a path prompt writes.
public enum PromptKind: String, Hashable, Sendable, CaseIterable {
    case design, manifest, record, open
}
