import AdvisorApp
import Foundation
import PodText

/// An error already worded for the user: lines for stderr and the exit status.
struct Failure: Error {
    var lines: [String]
    var status: Int32

    /// Bad input or usage: status 2.
    static func badInput(_ line: String) -> Failure { Failure(lines: ["podwright: " + line], status: ExitStatus.badInput) }

    /// Writes lines to standard error, each one line whatever it quotes from the input: a control character in a
    /// name or path read from a file is written as an escape (`\u{1B}`), so it cannot act on the terminal or forge
    /// a line.
    static func print(_ lines: [String]) {
        let text = lines.map(TerminalSafe.escapingControls).joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
