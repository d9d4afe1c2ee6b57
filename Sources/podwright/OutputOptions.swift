import ArgumentParser
import Foundation

/// Where a command's result goes: standard output, or a file written whole or not at all.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Write to PATH instead of standard output.", valueName: "PATH"))
    var output: String?

    @Flag(help: "Replace the file named by --output if it exists.")
    var force = false

    /// Refuses an existing output file without --force, before any work is done.
    func check() throws {
        guard let output, !force, FileManager.default.fileExists(atPath: output) else { return }
        throw Failure.badInput("\(output): the file exists; add --force to replace it")
    }

    /// Writes the text to standard output, or to a temporary file renamed over the output path.
    func write(_ text: String) throws {
        let data = Data(text.utf8)
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        try check()
        let url = URL(fileURLWithPath: output)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).podwright-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try data.write(to: temporary)
            if FileManager.default.fileExists(atPath: output) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure.badInput("\(output): cannot write the file: \(Self.reason(error))")
        }
    }

    static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix = underlying, posix.domain == NSPOSIXErrorDomain, let message = strerror(Int32(posix.code)) {
            return String(cString: message)
        }
        return (error as NSError).localizedDescription
    }
}
