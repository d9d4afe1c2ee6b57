import AdvisorApp
import Foundation

/// An error already worded for the user: lines for stderr and the exit status.
struct Failure: Error {
    var lines: [String]
    var status: Int32

    /// Bad input or usage: status 2.
    static func badInput(_ line: String) -> Failure { Failure(lines: ["podwright: " + line], status: ExitStatus.badInput) }

    /// Writes lines to standard error.
    static func print(_ lines: [String]) {
        let text = lines.joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
