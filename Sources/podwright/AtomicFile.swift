import Foundation

/// Files written whole or not at all: a hidden temporary file beside the path, flushed, then renamed over it.
enum AtomicFile {
    /// The temporary file for `path`: in the same folder (so `rename` is atomic), hidden, named for this process.
    static func temporaryPath(for path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        return (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).podwright-\(getpid())"
    }

    /// Writes the data to the path through its temporary file; the reason on failure, when the temporary file is removed.
    static func write(_ data: Data, to path: String) -> String? {
        let temporary = temporaryPath(for: path)
        let failure = write(data, via: temporary, to: path)
        if failure != nil { unlink(temporary) }
        return failure
    }

    /// Writes the temporary file, flushes it, and renames it over the path; the reason on failure.
    private static func write(_ data: Data, via temporary: String, to path: String) -> String? {
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        let written = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        let failure = written == data.count && fsync(fd) == 0 ? nil : String(cString: strerror(errno))
        close(fd)
        if let failure { return failure }
        return rename(temporary, path) == 0 ? nil : String(cString: strerror(errno))
    }
}
