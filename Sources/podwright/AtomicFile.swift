import Foundation

/// Files written whole or not at all: a hidden temporary file beside the path, flushed, then renamed over it.
///
/// The temporary file has an unpredictable name and is created exclusively without following a symbolic link
/// (`O_CREAT | O_EXCL | O_NOFOLLOW`), so a link planted beside the path cannot make the write go anywhere else; a
/// SIGTERM, SIGINT or SIGHUP while it exists removes it (`SignalCleanup`). A path that names a character device or
/// a FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is written into directly: there is no file to replace.
enum AtomicFile {
    /// What the path names now.
    enum Target: Equatable {
        /// Nothing, a regular file, or a symbolic link to either (replaced by a file, the link itself not followed).
        case file
        /// A character device or a FIFO: written into directly.
        case stream
        /// A folder, a socket, a block device: refused by `OutputOptions` before any work (here a rename fails or
        /// replaces it).
        case other
    }

    /// What the path names, following a symbolic link.
    static func target(of path: String) -> Target {
        var status = stat()
        guard stat(path, &status) == 0 else { return .file }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFCHR, S_IFIFO: return .stream
        default: return .other
        }
    }

    /// Writes the data to the path through its temporary file (or straight into a device or FIFO); the reason on
    /// failure, when the temporary file is removed.
    static func write(_ data: Data, to path: String) -> String? {
        if target(of: path) == .stream { return writeDirectly(data, to: path) }
        SignalCleanup.begin()
        defer { SignalCleanup.end() }
        let fd: Int32
        let temporary: String
        do throws(AtomicFolder.Problem) {
            (fd, temporary) = try create(beside: path)
        } catch {
            return error.reason
        }
        let failure = write(data, fd: fd, via: temporary, to: path)
        if failure != nil { unlink(temporary) }
        return failure
    }

    /// A new temporary file beside the path: its name the path's, hidden, with 12 random letters and digits after
    /// `.podwright-`; made by this call (`O_EXCL`), never through a symbolic link. Named to `SignalCleanup` before
    /// it is made.
    static func create(beside path: String) throws(AtomicFolder.Problem) -> (fd: Int32, path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let prefix = (directory.isEmpty ? "." : directory) + "/.\(String((path as NSString).lastPathComponent.prefix(64))).podwright-"
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let temporary = prefix + String((0..<12).map { _ in letters.randomElement(using: &generator)! })
            SignalCleanup.add(temporary)
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if fd >= 0 { return (fd, temporary) }
            guard errno == EEXIST else { throw AtomicFolder.Problem(file: nil, reason: String(cString: strerror(errno))) }
        }
        throw AtomicFolder.Problem(file: nil, reason: String(cString: strerror(EEXIST)))
    }

    /// Writes the open temporary file, flushes and closes it, and renames it over the path; the reason on failure.
    private static func write(_ data: Data, fd: Int32, via temporary: String, to path: String) -> String? {
        let written = data.withUnsafeBytes { writeAll(fd, $0) }
        let failure = written && fsync(fd) == 0 ? nil : String(cString: strerror(errno))
        close(fd)
        if let failure { return failure }
        return rename(temporary, path) == 0 ? nil : String(cString: strerror(errno))
    }

    /// Writes into a device or FIFO as `>` would: opened without creating or truncating anything.
    private static func writeDirectly(_ data: Data, to path: String) -> String? {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        defer { close(fd) }
        return data.withUnsafeBytes { writeAll(fd, $0) } ? nil : String(cString: strerror(errno))
    }

    /// Writes every byte, as many calls as it takes (a pipe takes a few kilobytes at a time).
    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
