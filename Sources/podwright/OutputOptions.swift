import ArgumentParser
import Foundation
import PodDesign

/// Where a command's result goes: standard output, or a file written whole or not at all.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Write to PATH instead of standard output.", valueName: "PATH"))
    var output: String?

    @Flag(help: "Replace the file named by --output if it exists.")
    var force = false

    /// Refuses an existing output file without --force, before any work is done.
    func check(_ catalog: Catalog) throws {
        guard let output, !force, FileManager.default.fileExists(atPath: output) else { return }
        throw Failure.badInput("\(output): " + catalog[.errorFileExists])
    }

    /// Writes the text to standard output, or to a temporary file beside the output, renamed over it (atomic).
    func write(_ text: String, _ catalog: Catalog) throws {
        let data = Data(text.utf8)
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        try check(catalog)
        let directory = (output as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "." : directory)
            + "/.\((output as NSString).lastPathComponent).podwright-\(getpid())"
        if let problem = Self.writeAtomically(data, to: output, via: temporary) {
            unlink(temporary)
            throw Failure.badInput("\(output): " + catalog[.errorCannotWrite, ["reason": problem]])
        }
    }

    /// Writes a temporary file, flushes it, and renames it over the path; the reason on failure.
    static func writeAtomically(_ data: Data, to path: String, via temporary: String) -> String? {
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        let written = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        let failure = written == data.count && fsync(fd) == 0 ? nil : String(cString: strerror(errno))
        close(fd)
        if let failure { return failure }
        return rename(temporary, path) == 0 ? nil : String(cString: strerror(errno))
    }
}
