import Foundation

/// A malformed catalog or quiz file, written as one compiler-style line: `path:line: error: message`.
struct GeneratorError: Error, CustomStringConvertible {
    /// The file at fault.
    let file: URL
    /// The line at fault (1-based), when known.
    let line: Int?
    /// What is wrong.
    let message: String

    init(_ file: URL, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    var description: String {
        "\(file.path)\(line.map { ":\($0)" } ?? ""): error: \(message)"
    }
}
