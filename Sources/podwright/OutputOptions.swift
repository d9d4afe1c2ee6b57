import ArgumentParser
import Foundation
import PodDesign
import PodText

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
