import AdvisorApp
import Foundation

/// The autosaved draft in the XDG state folder (`$XDG_STATE_HOME/podwright/autosave.json`), or at the path given (a
/// learner's own folder on `podwright serve`).
enum Autosave {
    /// The file's name inside a learner's workshop folder.
    static let fileName = "autosave.json"

    static var path: String {
        let environment = ProcessInfo.processInfo.environment
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return state + "/podwright/autosave.json"
    }

    /// What was found at the autosave's path.
    enum Found {
        /// Nothing: no autosave.
        case none
        case draft(Draft)
        /// Something that is not a draft (truncated, garbage, wrong types, a folder), moved aside to `keptAt`.
        case corrupt(keptAt: String)
        /// Something that is not a draft and could not be moved aside.
        case stuck
    }

    /// The autosaved draft; anything else at its path is moved aside (never overwritten) and said so.
    static func load(_ path: String = path) -> Found {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .none }
        if !isFolder.boolValue, let data = FileManager.default.contents(atPath: path),
           let draft = try? JSONDecoder().decode(Draft.self, from: data) {
            return .draft(draft)
        }
        guard let kept = keepAside(path) else { return .stuck }
        return .corrupt(keptAt: kept)
    }

    /// Renames what is at the path to the first free `NAME.corrupt`, `NAME.corrupt-2`, ...; nil when it cannot.
    static func keepAside(_ path: String) -> String? {
        for number in 1...100 {
            let kept = path + (number == 1 ? ".corrupt" : ".corrupt-\(number)")
            var status = stat()
            if lstat(kept, &status) == 0 { continue }
            // link + unlink would not move a folder; rename refuses nothing here but an existing name, checked above.
            return rename(path, kept) == 0 ? kept : nil
        }
        return nil
    }

    /// The status line that says what happened to an autosave that did not read (nil when one did, or none was there).
    static func status(_ found: Found) -> Status? {
        switch found {
        case .none, .draft: nil
        case let .corrupt(kept): Status(.uiStatusAutosaveCorrupt, ["name": (kept as NSString).lastPathComponent], isError: true)
        case .stuck: Status(.uiStatusAutosaveStuck, isError: true)
        }
    }

    /// Writes the draft atomically; a failure is ignored (autosave must never stop the session).
    static func save(_ text: String, to path: String = path) {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = AtomicFile.write(Data(text.utf8), to: path)
    }

    static func remove(_ path: String = path) { unlink(path) }
}
