import ArgumentParser
import Foundation
import PodDesign
import PodText

/// Where a command's result goes: standard output, or a file written whole or not at all.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Write to PATH instead of standard output.", valueName: "PATH"))
    var output: String?

    @Flag(help: "Replace the file named by --output if it exists (a device or named pipe such as /dev/null is written into).")
    var force = false

    /// Refuses, before any work is done: an empty path, a path that holds a folder, a socket or a block device, and
    /// one that holds anything without --force. A character device or a FIFO (`/dev/null`, a named pipe) is written
    /// into as it is, never replaced by a file (docs/DECISIONS.md, issue 16).
    func check(_ catalog: Catalog) throws {
        guard let output else { return }
        guard !output.isEmpty else { throw Failure.badInput(catalog[.errorEmptyOutputPath]) }
        guard FileManager.default.fileExists(atPath: output) else { return }
        guard AtomicFile.target(of: output) != .other else { throw Failure.badInput("\(output): " + catalog[.errorOutputNotFile]) }
        guard force else { throw Failure.badInput("\(output): " + catalog[.errorFileExists]) }
    }

    /// Writes the text to standard output, or whole to the output file (`AtomicFile`).
    func write(_ text: String, _ catalog: Catalog) throws {
        let data = Data(text.utf8)
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        try check(catalog)
        if let problem = AtomicFile.write(data, to: output) {
            throw Failure.badInput("\(output): " + catalog[.errorCannotWrite, ["reason": problem]])
        }
    }
}
