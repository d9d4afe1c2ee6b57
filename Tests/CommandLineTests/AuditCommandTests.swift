import Foundation
import Testing
import TestSupport

/// `podwright audit` as a process: caps on what it reads, folders it cannot read, `--fail-on`, SARIF for code
/// scanning, and names from the input that must not reach the terminal raw.
@Suite(.serialized) struct AuditCommandTests {
    typealias Result = CommandLineTests.Result

    /// Runs the binary (through `prefix`, a program that runs it, if given) with standard input from a file, and
    /// stops it after `seconds`: a run that does not end in time is a failure, not a hang of the suite.
    static func run(_ arguments: [String], stdin path: String = "/dev/null", prefix: [String] = [], seconds: Double = 20) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: prefix.first ?? CommandLineTests.binary)
        process.arguments = prefix.isEmpty ? arguments : Array(prefix.dropFirst()) + [CommandLineTests.binary] + arguments
        process.currentDirectoryURL = RecordedFile.root
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        try process.run()
        let deadline = DispatchTime.now() + seconds
        let timer = DispatchQueue.global()
        let pid = process.processIdentifier
        timer.asyncAfter(deadline: deadline) { if process.isRunning { kill(pid, SIGKILL) } }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus != SIGKILL, "podwright \(arguments) did not end within \(seconds) s")
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    static let fixtures = "Tests/PodDesignTests/AuditFixtures"

    @Test(arguments: [(["audit", "/dev/zero"], "/dev/null"), (["audit", "-"], "/dev/zero")])
    func anEndlessLineIsCutAndReported(_ arguments: [String], _ stdin: String) throws {
        let result = try Self.run(arguments, stdin: stdin, seconds: 5)
        #expect(result.status == 2)
        let problem = result.stdout.split(separator: "\n").filter { $0.contains("longer than") }
        #expect(problem.count == 1)
        #expect(problem.first?.contains(":1:1: error: this document cannot be read: cannot read the file: line 1 is longer than 1048576 bytes") == true)
    }

    @Test func aDocumentPastItsCapIsReported() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.yaml")
        let line = "# " + String(repeating: "x", count: 1000) + "\n"
        let text = "kind: ConfigMap\n---\n" + String(repeating: line, count: 17 * 1024)
        try Data(text.utf8).write(to: file)
        let result = try Self.run(["audit", file.path])
        #expect(result.status == 2)
        #expect(result.stdout.contains(":2:1: error: this document cannot be read: cannot read the file: the document from line 2 is larger than 16777216 bytes"))
    }

    @Test func anAliasBombIsReportedAsUnreadableAndTheRestIsAudited() throws {
        var text = "kind: List\nitems:\n  - &a0 {kind: Pod, metadata: {name: p}, spec: {containers: [{name: c, image: x}]}}\n"
        // Each level is a List of ten of the level below: 10^9 pods once the aliases are followed.
        for level in 1...9 {
            text += "  - &a\(level) {kind: List, items: [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]}\n"
        }
        text += "---\nkind: Pod\nmetadata: {name: q}\nspec: {containers: [{name: a, image: x, ports: [{containerPort: 80}]}, {name: b, image: y, ports: [{containerPort: 80}]}]}\n"
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bomb.yaml")
        try Data(text.utf8).write(to: file)
        let result = try Self.run(["audit", file.path], seconds: 10)
        #expect(result.status == 1)
        #expect(result.stdout.contains("bomb.yaml:1:1: error: this document cannot be read: YAML aliases expand past 1000000 values"))
        #expect(result.stdout.contains("conflict.port  b"))
    }

    @Test func aFolderThatCannotBeListedIsStatus2() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent("closed").path)
            try? FileManager.default.removeItem(at: folder)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let closed = folder.appendingPathComponent("closed")
        try FileManager.default.createDirectory(at: closed, withIntermediateDirectories: true)
        try Data("kind: Pod\n".utf8).write(to: closed.appendingPathComponent("a.yaml"))
        try Data("kind: Pod\nmetadata: {name: open}\n".utf8).write(to: folder.appendingPathComponent("open.yaml"))
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: closed.path)
        // Root reads any folder: run as nobody then, which reads only what others may.
        let prefix = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        guard prefix.isEmpty || FileManager.default.isExecutableFile(atPath: prefix[0]) else { return }
        let sub = try Self.run(["audit", folder.path], prefix: prefix)
        #expect(sub.status == 2)
        #expect(sub.stdout.contains("\(closed.path):1:1: error: this document cannot be read: cannot read the file: permission denied"))
        #expect(sub.stdout.contains("1 file, 1 document, 1 workload, 0 other objects skipped: 1 error, 0 warnings, 0 notes."))
        let top = try Self.run(["audit", closed.path], prefix: prefix)
        #expect(top.status == 2)
        #expect(top.stdout.contains("0 files"))
    }

    @Test func aManifestNameWhoseLinkLeadsNowhereIsStatus2() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.yaml").path, withDestinationPath: "/nonexistent/x.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("notes.txt").path, withDestinationPath: "/nonexistent/x.txt")
        let result = try Self.run(["audit", folder.path])
        #expect(result.status == 2)
        #expect(result.stdout.contains("gone.yaml:1:1: error: this document cannot be read: cannot read the file: no such file"))
        #expect(!result.stdout.contains("notes.txt"))
    }

    @Test func namesFromTheInputReachTheTerminalEscaped() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("hostile.yaml")
        try Data("""
            kind: Pod
            metadata: {name: "p\\e]0;PWNED\\a"}
            spec: {containers: [{name: "c\\nd", image: x, ports: [{containerPort: 80}]}, {name: "e\\u009b2J", image: y, ports: [{containerPort: 80}]}]}

            """.utf8).write(to: file)
        let result = try Self.run(["audit", file.path])
        #expect(result.status == 1)
        #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        #expect(result.stdout.contains(": Pod/p\\u{1B}]0;PWNED\\u{7}\n"))
        #expect(result.stdout.contains("conflict.port  e\\u{9B}2J\n"))
        #expect(result.stdout.contains("which c\\nd in the same pod"))
    }

    @Test func failOnSetsTheLevelThatFails() throws {
        let warning = "\(Self.fixtures)/colocate-stateful.fires.yaml"
        let note = "\(Self.fixtures)/colocate-no-channel.fires.yaml"
        #expect(try Self.run(["audit", warning]).status == 0)
        #expect(try Self.run(["audit", warning, "--fail-on", "warning"]).status == 1)
        #expect(try Self.run(["audit", note, "--fail-on", "warning"]).status == 0)
        #expect(try Self.run(["audit", note, "--fail-on", "note"]).status == 1)
        #expect(try Self.run(["audit", "\(Self.fixtures)/colocate-stateful.quiet.yaml", "--fail-on", "note"]).status == 0)
        let bad = try Self.run(["audit", warning, "--fail-on", "info"])
        #expect(bad.status == 2)
    }

    @Test func sarifNamesFilesRelativeToTheFolderItRanIn() throws {
        let result = try Self.run(["audit", "\(Self.fixtures)/conflict-port.fires.yaml", "./\(Self.fixtures)/init-probe.fires.yaml", "--format", "sarif"])
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let base = try #require((run["originalUriBaseIds"] as? [String: [String: String]])?["SRCROOT"]?["uri"])
        #expect(base == "file://" + RecordedFile.root.path + "/")
        let artifacts = try #require(run["results"] as? [[String: Any]]).compactMap {
            (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String]
        }
        #expect(artifacts == [
            ["uri": "\(Self.fixtures)/conflict-port.fires.yaml", "uriBaseId": "SRCROOT"],
            ["uri": "\(Self.fixtures)/init-probe.fires.yaml", "uriBaseId": "SRCROOT"],
        ])
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        for rule in rules where rule["id"] as? String != "document" {
            #expect((rule["helpUri"] as? String)?.hasPrefix("https://") == true)
            #expect(((rule["fullDescription"] as? [String: String])?["text"]?.count ?? 0) > 40)
        }
    }
}

/// The text and JSON reports are written as documents are read: peak memory does not grow with the findings.
@Suite(.serialized) struct AuditMemoryTests {
    /// A stream of `documents` pods, each of 50 containers declaring the same port: 49 findings a document.
    static func stream(_ documents: Int) -> String {
        let containers = (0..<50).map { "{name: c\($0), image: x, ports: [{containerPort: 80}]}" }.joined(separator: ", ")
        return (0..<documents).map { "kind: Pod\nmetadata: {name: p\($0)}\nspec: {containers: [\(containers)]}\n" }.joined(separator: "---\n")
    }

    /// Peak resident memory in KiB of one `audit -` run over the text, from `/usr/bin/time -f %M`.
    static func peak(_ text: String, format: String) throws -> Int? {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.yaml"), report = folder.appendingPathComponent("rss")
        try Data(text.utf8).write(to: input)
        let result = try AuditCommandTests.run(["audit", "-", "--format", format], stdin: input.path,
                                               prefix: ["/usr/bin/time", "-f", "%M", "-o", report.path], seconds: 60)
        #expect(result.status == 1)
        return Int(try String(contentsOf: report, encoding: .utf8).split(whereSeparator: \.isWhitespace).last ?? "")
    }

    @Test(arguments: ["text", "json"])
    func peakMemoryDoesNotGrowWithTheFindings(_ format: String) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return }
        let small = try #require(try Self.peak(Self.stream(60), format: format))
        let large = try #require(try Self.peak(Self.stream(480), format: format))
        // 23,520 findings against 2,940: kept until the end they took about 2 KiB each, some 40 MiB more.
        #expect(large - small < 8 * 1024, "\(small) KiB for 60 documents, \(large) KiB for 480")
    }
}
