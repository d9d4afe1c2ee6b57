import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Coloured output: `audit` and `patterns` run with standard output on a terminal (a pseudo-terminal in raw
/// mode, so no byte is translated), byte for byte against Golden/color, in both themes and languages;
/// `--no-color` and `NO_COLOR` write no escape even on a terminal.
@Suite(.serialized) struct ColorOutputTests {
    /// What a run on a terminal gave.
    struct Result {
        var status: Int32
        var stdout: String
    }

    /// Runs the built binary with standard output on a new pseudo-terminal, without `NO_COLOR` unless given.
    static func runOnTerminal(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        var primary: Int32 = -1
        var secondary: Int32 = -1
        guard openpty(&primary, &secondary, nil, nil, nil) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "openpty failed"])
        }
        defer { close(primary) }
        var attributes = termios()
        tcgetattr(secondary, &attributes)
        cfmakeraw(&attributes)
        tcsetattr(secondary, TCSANOW, &attributes)
        let terminal = FileHandle(fileDescriptor: secondary, closeOnDealloc: false)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
        process.arguments = arguments
        process.currentDirectoryURL = RecordedFile.root
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "LC_ALL")
        environment.removeValue(forKey: "NO_COLOR")
        environment.removeValue(forKey: "PODWRIGHT_THEME")
        environment.merge(extra) { $1 }
        process.environment = environment
        process.standardOutput = terminal
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try terminal.close()
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(primary, &chunk, chunk.count)
            if count <= 0 { break }
            output.append(contentsOf: chunk[0..<count])
        }
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self))
    }

    @Test(arguments: ["en", "ko"])
    func auditColoursTheLevelsOnATerminal(_ language: String) throws {
        let result = try Self.runOnTerminal(["audit", "Tests/PodDesignTests/AuditFixtures", "--lang", language])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\u{1B}[31;1m"))
        try CommandGolden.check(result.stdout, against: "color/audit.\(language).txt")
    }

    @Test(arguments: ["en", "ko"])
    func patternsAreColouredInBothThemesOnATerminal(_ language: String) throws {
        for theme in ["default", "high-contrast"] {
            for name in ["index", "sidecar"] {
                let result = try Self.runOnTerminal(
                    ["patterns"] + (name == "index" ? [] : [name]) + ["--theme", theme, "--lang", language])
                #expect(result.status == 0)
                #expect(result.stdout.contains("\u{1B}["))
                try CommandGolden.check(result.stdout, against: "color/patterns-\(name).\(theme).\(language).txt")
            }
        }
    }

    @Test func themeFromTheEnvironmentIsTheSameAsTheOption() throws {
        let option = try Self.runOnTerminal(["patterns", "sidecar", "--theme", "high-contrast"])
        let variable = try Self.runOnTerminal(["patterns", "sidecar"], environment: ["PODWRIGHT_THEME": "high-contrast"])
        #expect(variable.stdout == option.stdout)
    }

    @Test func noColorOptionAndVariableWriteNoEscapeOnATerminal() throws {
        let piped = try CommandLineTests.run(["audit", "Tests/PodDesignTests/AuditFixtures"])
        let option = try Self.runOnTerminal(["audit", "Tests/PodDesignTests/AuditFixtures", "--no-color"])
        let variable = try Self.runOnTerminal(["audit", "Tests/PodDesignTests/AuditFixtures"], environment: ["NO_COLOR": "1"])
        #expect(option.stdout == piped.stdout)
        #expect(variable.stdout == piped.stdout)
        let pattern = try Self.runOnTerminal(["patterns", "sidecar", "--theme", "high-contrast", "--no-color"])
        #expect(!pattern.stdout.contains("\u{1B}"))
    }
}
