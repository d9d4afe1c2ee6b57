import Foundation

/// Collects the exit of every quiz the server started (one thread, `waitpid`), so no zombie stays behind and a late
/// SIGKILL never reaches a process id the system has given to another program.
final class ChildReaper: @unchecked Sendable {
    private let lock = NSLock()
    private var alive: Set<pid_t> = []

    init() {
        let thread = Thread { [self] in loop() }
        thread.name = "podwright-reaper"
        thread.start()
    }

    /// A child was started.
    func started(_ pid: pid_t) {
        lock.withLock { _ = alive.insert(pid) }
    }

    /// Sends a signal if the child has not been collected yet.
    func signal(_ pid: pid_t, _ signal: Int32) {
        lock.withLock {
            if alive.contains(pid) { _ = kill(pid, signal) }
        }
    }

    /// How many children run.
    var running: Int { lock.withLock { alive.count } }

    private func loop() {
        while true {
            var status: Int32 = 0
            let pid = waitpid(-1, &status, 0)
            if pid > 0 {
                lock.withLock { _ = alive.remove(pid) }
            } else {
                usleep(100_000)
            }
        }
    }
}
