import Foundation

/// Work the advisor asks the outside world to do; the model itself never touches files or the terminal.
public enum Effect: Hashable, Sendable {
    /// Keep the draft (JSON) in the autosave file.
    case autosave(String)
    /// Forget the autosaved draft (the session ended with a result).
    case removeAutosave
    /// Write a file whole (temporary file, then rename); `replace` allows an existing one.
    case write(path: String, text: String, kind: PromptKind, replace: Bool)
    /// Read a design file to open it.
    case open(path: String)
    /// End the session with an exit status, and text for stdout once the terminal is restored.
    case exit(status: Int32, stdout: String?)
}

/// What came back from an effect.
public enum EffectResult: Hashable, Sendable {
    case written(path: String, kind: PromptKind)
    case exists(path: String, kind: PromptKind)
    case failed(path: String, reason: String)
    case unreadable(path: String, reason: String)
    case opened(path: String, data: Data)
}
