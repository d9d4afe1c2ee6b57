import Foundation
import Testing
import TestSupport

/// The golden files of command output, under `Tests/CommandLineTests/Golden`.
enum CommandGolden {
    static let directory = RecordedFile.root.appendingPathComponent("Tests/CommandLineTests/Golden")

    /// Compares a command's output with its golden file (or records it).
    static func check(_ actual: String, against name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try RecordedFile.check(actual, at: directory.appendingPathComponent(name), name: name, sourceLocation: sourceLocation)
    }
}
