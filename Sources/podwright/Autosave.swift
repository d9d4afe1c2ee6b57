import AdvisorApp
import Foundation

/// The autosaved draft in the XDG state folder (`$XDG_STATE_HOME/podwright/autosave.json`).
enum Autosave {
    static var path: String {
        let environment = ProcessInfo.processInfo.environment
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return state + "/podwright/autosave.json"
    }

    /// The autosaved draft, if there is one that reads.
    static func load() -> Draft? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Draft.self, from: data)
    }

    /// Writes the draft atomically; a failure is ignored (autosave must never stop the session).
    static func save(_ text: String) {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = AtomicFile.write(Data(text.utf8), to: path)
    }

    static func remove() { unlink(path) }
}
