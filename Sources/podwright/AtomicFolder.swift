import Foundation
import PodEngine

/// Folders of files written whole or not at all: the files go into a fresh hidden folder (its name unpredictable,
/// made by `mkdtemp`), are flushed, and only then are moved into place by `rename`. A SIGTERM, SIGINT or SIGHUP
/// before then removes the hidden folder and what is in it (`SignalCleanup`).
enum AtomicFolder {
    /// What went wrong: the file it happened to (nil for the folder itself) and the system's reason.
    struct Problem: Error {
        var file: String?
        var reason: String
    }

    /// The names in a folder, `.` and `..` left out.
    static func entries(_ path: String) throws(Problem) -> [String] {
        guard let folder = opendir(path) else { throw Problem(file: nil, reason: reason()) }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// Makes the folder `path`, where nothing is yet, holding the files: they are written into a hidden folder
    /// beside it, which is renamed to `path` once every file is whole.
    static func create(_ path: String, files: [ManifestFile]) throws(Problem) {
        let path = trimmed(path)
        let parent = (path as NSString).deletingLastPathComponent
        let base = String((path as NSString).lastPathComponent.prefix(64))
        SignalCleanup.begin()
        defer { SignalCleanup.end() }
        let temporary = try makeTemporary((parent.isEmpty ? "." : parent) + "/.\(base).podwright-")
        do throws(Problem) {
            for file in files { try write(file, into: temporary) }
            let mask = umask(0)
            umask(mask)
            guard chmod(temporary, 0o777 & ~mask) == 0 else { throw Problem(file: nil, reason: reason()) }
            sync(temporary)
            guard rename(temporary, path) == 0 else { throw Problem(file: nil, reason: reason()) }
        } catch {
            remove(files, from: temporary)
            throw error
        }
        sync(parent.isEmpty ? "." : parent)
    }

    /// What became of a file already in the folder while others replace it.
    private enum Kept {
        /// There was none: undoing removes the new file.
        case absent
        /// A hard link keeps the old file in the hidden folder: undoing moves it back.
        case linked
        /// There was one, and no link could keep it: undoing leaves the new file.
        case lost
    }

    /// Writes the files into the folder `path`, which exists, replacing files of the same names and keeping
    /// every other file. Every file is whole at every moment: the new files are written into a hidden folder
    /// inside `path` first, and the old ones kept there by hard links, so that when a rename into place fails
    /// the files already moved are put back as they were.
    static func replace(in path: String, files: [ManifestFile]) throws(Problem) {
        let path = trimmed(path)
        SignalCleanup.begin()
        defer { SignalCleanup.end() }
        let temporary = try makeTemporary(path + "/.podwright-")
        let old = temporary + "/old"
        defer {
            remove(files, from: old)
            remove(files, from: temporary)
        }
        for file in files { try write(file, into: temporary) }
        SignalCleanup.add(old, isFolder: true)
        guard mkdir(old, 0o700) == 0 else { throw Problem(file: nil, reason: reason()) }
        var kept: [Kept] = []
        for file in files {
            var status = stat()
            if lstat(path + "/" + file.name, &status) != 0 {
                kept.append(.absent)
            } else {
                SignalCleanup.add(old + "/" + file.name)
                kept.append(link(path + "/" + file.name, old + "/" + file.name) == 0 ? .linked : .lost)
            }
        }
        for (index, file) in files.enumerated() where rename(temporary + "/" + file.name, path + "/" + file.name) != 0 {
            let problem = Problem(file: file.name, reason: reason())
            for undone in (0..<index).reversed() {
                let name = files[undone].name
                switch kept[undone] {
                case .absent: unlink(path + "/" + name)
                case .linked: rename(old + "/" + name, path + "/" + name)
                case .lost: break
                }
            }
            throw problem
        }
        sync(path)
    }

    /// The path without trailing slashes (`shop/` is the folder `shop`), `/` left as it is.
    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// A new folder, readable by this user only, whose name is the prefix and six random characters.
    private static func makeTemporary(_ prefix: String) throws(Problem) -> String {
        var template = Array((prefix + "XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else { throw Problem(file: nil, reason: reason()) }
        let folder = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        SignalCleanup.add(folder, isFolder: true)
        return folder
    }

    /// Writes a file that must not exist yet into the folder, and flushes it.
    private static func write(_ file: ManifestFile, into folder: String) throws(Problem) {
        let data = Data(file.text.utf8)
        SignalCleanup.add(folder + "/" + file.name)
        let fd = open(folder + "/" + file.name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Problem(file: file.name, reason: reason()) }
        let written = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        let failure = written == data.count && fsync(fd) == 0 ? nil : reason()
        close(fd)
        if let failure { throw Problem(file: file.name, reason: failure) }
    }

    /// Removes the files of these names from the folder, then the folder (when nothing else is left in it).
    private static func remove(_ files: [ManifestFile], from folder: String) {
        for file in files { unlink(folder + "/" + file.name) }
        rmdir(folder)
    }

    /// Flushes a folder's entries to the disk, as far as the system allows.
    private static func sync(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// The reason of the last failed system call.
    private static func reason() -> String { String(cString: strerror(errno)) }
}
