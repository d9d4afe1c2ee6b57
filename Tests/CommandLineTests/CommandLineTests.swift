import Foundation
import Testing
import TestSupport

/// The built `podwright` binary, run as a user would: output streams, exit statuses, files written.
@Suite(.serialized) struct CommandLineTests {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary = ProcessInfo.processInfo.environment["PODWRIGHT_BIN"]
        ?? RecordedFile.root.appendingPathComponent(".build/debug/podwright").path

    static func run(_ arguments: [String], stdin: String? = nil, directory: URL? = nil, environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? RecordedFile.root
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "LC_ALL")
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("podwright-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func recommendWritesTheManifestToStdout() throws {
        let result = try Self.run(["recommend", "Resources/examples/log-shipper.yaml"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("kind: Deployment") && result.stdout.contains("restartPolicy: Always"))
    }

    @Test func recommendReadsStdin() throws {
        let text = try String(contentsOf: RecordedFile.root.appendingPathComponent("Resources/examples/git-sync.yaml"), encoding: .utf8)
        let fromFile = try Self.run(["recommend", "Resources/examples/git-sync.yaml"])
        let fromStdin = try Self.run(["recommend", "-"], stdin: text)
        #expect(fromStdin.status == 0)
        #expect(fromStdin.stdout == fromFile.stdout)
    }

    @Test func kubernetesOptionOverridesTheFile() throws {
        let result = try Self.run(["recommend", "Resources/examples/log-shipper.yaml", "--kubernetes", "1.28"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("restartPolicy: Always"))
        #expect(result.stdout.contains("for Kubernetes 1.28"))
    }

    @Test func badInputIsOneLineWithStatusTwoAndNoOutput() throws {
        let result = try Self.run(["recommend", "-"], stdin: "podwright: 1\nname: shop\nmain: {name: web, image: nginx, workload: servce}\n")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "podwright: <stdin>:3:43: main.workload: found 'servce', did you mean 'service'? (allowed: service, job, daemon, stateful, pod)\n")
    }

    /// A `serves` naming a companion that its answers place beside the main container: bad input for both commands
    /// that read a design, one line at the `serves`, status 2, no manifest file.
    @Test(arguments: ["recommend", "explain"])
    func aServesWithNoPodToJoinIsBadInput(_ command: String) throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.txt").path
        let design = """
            podwright: 1
            name: shop
            main: {name: web, image: nginx:1.27}
            companions:
              - {name: proxy, image: envoyproxy/envoy:v1.31, lifecycle: same, coupling: tight}
              - {name: stats, image: prom/statsd-exporter:v0.27.1, serves: proxy}
            """
        let result = try Self.run([command, "-", "-o", path], stdin: design + "\n")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty && !FileManager.default.fileExists(atPath: path))
        #expect(result.stderr == "podwright: <stdin>:6:64: companions[1].serves: 'proxy' is itself placed beside web, so it has no pod of its own to join; serve web instead, or answer so that 'proxy' is placed apart (allowed: the main container, or a companion placed in a pod of its own)\n")
        let korean = try Self.run([command, "-", "--lang", "ko"], stdin: design + "\n")
        #expect(korean.status == 2)
        #expect(korean.stderr == "podwright: <stdin>:6:64: companions[1].serves: 'proxy' 컨테이너는 그 자체가 web 옆에 배치되어 함께할 자기 파드가 없습니다. web 컨테이너를 돕도록 바꾸거나, 'proxy' 컨테이너가 따로 배치되도록 답하십시오 (허용: 메인 컨테이너, 또는 자기 파드에 따로 배치된 컴패니언)\n")
    }

    @Test func missingFileIsOneLine() throws {
        let result = try Self.run(["explain", "no-such-design.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr == "podwright: no-such-design.yaml: cannot read the file: no such file\n")
    }

    @Test func resultErrorStopsTheManifestWithStatusOne() throws {
        let design = "podwright: 1\nname: shop\nmain: {name: web, image: nginx, ports: [80]}\ncompanions:\n  - {name: shipper, image: x, ports: [80], sharedPaths: [/l], coupling: tight}\n"
        let result = try Self.run(["recommend", "-"], stdin: design)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("podwright: <stdin>:5:39: error[conflict.port]: port 80/TCP is declared by both web and shipper;"))
        let explained = try Self.run(["explain", "-"], stdin: design)
        #expect(explained.status == 1)
        #expect(explained.stdout.contains("`conflict.port`"))
    }

    @Test func warningsGoToStderrAndTheManifestStillComes() throws {
        let design = "podwright: 1\nname: shop\nmain: {name: web, image: nginx}\ncompanions:\n  - {name: lonely, image: x, lifecycle: same}\n"
        let result = try Self.run(["recommend", "-"], stdin: design)
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("podwright: <stdin>:5:5: warning[colocate.no-channel]: "))
        #expect(result.stdout.contains("name: lonely"))
    }

    @Test func anAnswerThatContradictsTheImageIsWarnedAtItsLine() throws {
        let design = "podwright: 1\nname: shop\nmain: {name: web, image: nginx}\ncompanions:\n  - name: db\n    image: postgres:16\n    state: stateless\n"
        let result = try Self.run(["recommend", "-"], stdin: design)
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("podwright: <stdin>:7:12: warning[answer.contradicts-image]: db runs postgres, which the image catalogue knows as a database: state is stateful for it, but the design file answers stateless."))
        let korean = try Self.run(["recommend", "-", "--lang", "ko"], stdin: design)
        #expect(korean.stderr.contains("[answer.contradicts-image]: db 컨테이너는 postgres 이미지를 실행하며"))
        let stated = design.replacingOccurrences(of: "stateless", with: "stateful")
        #expect(try Self.run(["recommend", "-"], stdin: stated).stderr.isEmpty)
    }

    @Test func outputFileIsWrittenWholeAndNotReplacedWithoutForce() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.yaml").path
        let example = RecordedFile.root.appendingPathComponent("Resources/examples/redis-proxy.yaml").path
        let first = try Self.run(["recommend", example, "-o", path])
        #expect(first.status == 0 && first.stdout.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == (try Self.run(["recommend", example])).stdout)
        let refused = try Self.run(["recommend", example, "-o", path, "--kubernetes", "1.27"])
        #expect(refused.status == 2)
        #expect(refused.stderr == "podwright: \(path): the file exists; add --force to replace it\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)
        let forced = try Self.run(["recommend", example, "-o", path, "--kubernetes", "1.27", "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Kubernetes 1.27"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.yaml"])
    }

    /// The container settings' bad inputs: one line with file, line and column, status 2, no file written.
    @Test(arguments: [
        ("  env: [PORT=80]\n", "podwright: <stdin>:6:8: main.env: found a list, expected a mapping of fields\n"),
        ("  env: {PORT: 8080}\n", "podwright: <stdin>:6:15: main.env.PORT: found 8080, which YAML reads as a number or a boolean; quote it: PORT: \"8080\" (allowed: text)\n"),
        ("  env: {TOKEN: x}\n  secretEnv: [TOKEN]\n", "podwright: <stdin>:7:15: main.secretEnv[0]: 'TOKEN' is also set in env on line 6; a variable is either a value or a secret (allowed: a name env does not set)\n"),
    ])
    func badSettingsWriteNothing(_ line: String, _ message: String) throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.yaml").path
        let design = "podwright: 1\nname: shop\nmain:\n" + line.replacingOccurrences(of: "  env", with: "  name: web\n  image: nginx\n  env", options: .anchored)
        let result = try Self.run(["recommend", "-", "-o", path], stdin: design)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == message)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func badInputWritesNoFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.yaml").path
        let result = try Self.run(["recommend", "-", "-o", path], stdin: "podwright: 1\n")
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func usageErrorsAreStatusTwo() throws {
        #expect(try Self.run(["recommend"]).status == 2)
        #expect(try Self.run(["recommend", "x.yaml", "--kubernetes", "1.26"]).status == 2)
        #expect(try Self.run(["recommend", "x.yaml", "--lang", "fr"]).status == 2)
        #expect(try Self.run(["frobnicate"]).status == 2)
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try Self.run(["recommend", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--kubernetes <X.Y>"))
        let version = try Self.run(["--version"])
        #expect(version.status == 0 && version.stdout == "0.1.0\n")
    }

    @Test func theRootHelpShowsTheAdvisorsOptions() throws {
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        for option in ["--lang en|ko", "--theme default|high-contrast", "--no-color", "--kubernetes X.Y"] {
            #expect(help.stdout.contains(option), "\(option)")
        }
    }

    @Test func koreanOutputIsReadable() throws {
        let result = try Self.run(["explain", "Resources/examples/log-shipper.yaml", "--lang", "ko"])
        #expect(result.status == 0)
        #expect(result.stdout.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) })
        #expect(!result.stdout.contains("\\u"))
    }

    @Test func auditReadsFoldersFilesAndStdinWithItsExitStatuses() throws {
        let fixtures = "Tests/PodDesignTests/AuditFixtures"
        let clean = try Self.run(["audit", "\(fixtures)/colocate-stateful.quiet.yaml", "\(fixtures)/pod-crowded.quiet.yaml"])
        #expect(clean.status == 0)
        #expect(clean.stdout == "2 files, 3 documents, 3 workloads, 0 other objects skipped: 0 errors, 0 warnings, 0 notes.\n")
        let warnings = try Self.run(["audit", "-"], stdin: try String(contentsOfFile: RecordedFile.root.appendingPathComponent("\(fixtures)/colocate-stateful.fires.yaml").path, encoding: .utf8))
        #expect(warnings.status == 0)
        #expect(warnings.stdout.hasPrefix("<stdin>: Deployment/shop\n  16:11  warning  colocate.stateful  db\n"))
        let folder = try Self.run(["audit", fixtures, "--format", "json"])
        #expect(folder.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(folder.stdout.utf8)) as? [String: Any])
        #expect((json["summary"] as? [String: Int])?["files"] == 30)
        let missing = try Self.run(["audit", "no-such-folder"])
        #expect(missing.status == 2)
        #expect(try Self.run(["audit"]).status == 2)
        #expect(try Self.run(["audit", fixtures, "--format", "xml"]).status == 2)
    }
}
