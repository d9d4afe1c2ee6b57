import Foundation

/// Temporary files and folders removed if the process is stopped by SIGTERM, SIGINT or SIGHUP while they exist,
/// so that a write interrupted halfway leaves nothing behind.
///
/// `begin()` installs a handler for the three signals; `add` names what to remove; `end()` forgets it and puts the
/// handlers that were there back. The handler removes the paths (the latest added first: files, then the folder
/// that held them), puts the previous handler back and raises the signal again, so the process then stops (or the
/// advisor's own handler runs) as if this one had not been there. Only calls safe in a signal handler are made:
/// the paths are C strings in memory allocated beforehand, in a list whose head is replaced by one store.
enum SignalCleanup {
    /// A path to remove, and the one added before it.
    struct Entry {
        var path: UnsafeMutablePointer<CChar>
        var isFolder: Bool
        var next: UnsafeMutablePointer<Entry>?
    }

    static let signals: [Int32] = [SIGTERM, SIGINT, SIGHUP]

    /// Starts watching: the signals now remove what `add` names.
    static func begin() {
        let previous = State.previous
        _ = State.head  // made before a handler can read it
        for (index, number) in signals.enumerated() {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                var entry = State.head
                while let current = entry {
                    if current.pointee.isFolder { rmdir(current.pointee.path) } else { unlink(current.pointee.path) }
                    entry = current.pointee.next
                }
                sigaction(number, State.previous + (number == SIGTERM ? 0 : number == SIGINT ? 1 : 2), nil)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(number, &action, previous + index)
        }
    }

    /// Names a temporary file (or folder, removed after the files added after it) to remove on a signal.
    static func add(_ path: String, isFolder: Bool = false) {
        let entry = UnsafeMutablePointer<Entry>.allocate(capacity: 1)
        entry.initialize(to: Entry(path: strdup(path), isFolder: isFolder, next: State.head))
        State.head = entry
    }

    /// Stops watching: what was added is no longer removed, and the previous handlers are back.
    static func end() {
        for (index, number) in signals.enumerated() { sigaction(number, State.previous + index, nil) }
        var entry = State.head
        State.head = nil
        while let current = entry {
            entry = current.pointee.next
            free(current.pointee.path)
            current.deallocate()
        }
    }

    /// What the handler reads: the list of paths and the handlers it replaced.
    private enum State {
        nonisolated(unsafe) static var head: UnsafeMutablePointer<Entry>?
        nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
            let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 3)
            previous.initialize(repeating: sigaction(), count: 3)
            return previous
        }()
    }
}
