import Foundation
import Testing
import TestSupport

/// Issue 16: names read from the input reach the terminal with their control characters escaped, one line each:
/// a service named `web\e]0;PWNED\a` set the window title, one named `log\nforged` forged a line of its own.
@Suite struct TerminalSafetyTests {
    static let compose = """
        services:
          "web\\e]0;PWNED\\a":
            image: nginx:1.27
            restart: always
          "log\\nforged":
            image: "fluent/fluent-bit:3.1"
            network_mode: "service:web\\e]0;PWNED\\a"

        """

    /// Whether text holds a byte a terminal acts on (C0 but the line feed, DEL, or a C1 control in UTF-8).
    static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func importNotesEscapeTheNamesTheyQuote() throws {
        let result = try CommandLineTests.run(["import", "-"], stdin: Self.compose)
        #expect(result.status == 0)
        #expect(!Self.hasControls(result.stderr) && !Self.hasControls(result.stdout))
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.hasPrefix("podwright: <stdin>:") }, "\(lines)")
        #expect(lines.contains("podwright: <stdin>:2:3: note: web\\u{1B}]0;PWNED\\u{7} is renamed web-0-pwned, a DNS-1123 label as Kubernetes names must be"))
        #expect(lines.contains("podwright: <stdin>:5:3: note: log\\nforged is renamed log-forged, a DNS-1123 label as Kubernetes names must be"))
    }

    @Test func anErrorThatNamesAFieldFromTheInputIsOneLine() throws {
        let compose = "services:\n  \"log\\nforged\":\n    image: x\n    environment:\n      A: \"${UNSET\\e[31m}\"\n"
        let result = try CommandLineTests.run(["import", "-"], stdin: compose)
        #expect(result.status == 2)
        #expect(!Self.hasControls(result.stderr))
        #expect(result.stderr.hasPrefix("podwright: <stdin>:5:10: services.log\\nforged.environment.A: "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func aFileNameWithControlsIsEscaped() throws {
        let result = try CommandLineTests.run(["explain", "no-such\u{1B}]0;x\u{7}.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr == "podwright: no-such\\u{1B}]0;x\\u{7}.yaml: cannot read the file: no such file\n")
    }
}
