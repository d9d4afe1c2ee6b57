import Foundation

/// How many TCP connections are open, against a limit.
final class ConnectionCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// Counts a new connection; false (not counted) when the limit is reached.
    func open() -> Bool {
        lock.withLock {
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    /// A counted connection closed.
    func closed() {
        lock.withLock { count -= 1 }
    }
}
