import Foundation
import Testing

/// A file of expected output kept beside the tests (a golden file or a screen snapshot): compared byte for byte,
/// re-recorded with `PODWRIGHT_RECORD=1 swift test`; a missing one fails.
public enum RecordedFile {
    /// Whether this run records the files instead of comparing with them.
    public static let recording = ProcessInfo.processInfo.environment["PODWRIGHT_RECORD"] == "1"

    /// The package root, found from this file's path.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Compares the text with the file at `url` (or records it there); `name` is how failures call it.
    public static func check(_ actual: String, at url: URL, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing recorded file \(name): run PODWRIGHT_RECORD=1 swift test", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "\(name) differs from its recorded file", sourceLocation: sourceLocation)
    }
}
