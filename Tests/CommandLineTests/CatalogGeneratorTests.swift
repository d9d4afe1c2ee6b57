import Foundation
import Testing
import TestSupport

/// The build-time generator of the catalog tables and quiz files: the real Resources generate,
/// and a malformed file stops the build with one line naming the file and the line.
@Suite struct CatalogGeneratorTests {
    /// The generator built beside the `podwright` binary.
    static let binary = URL(fileURLWithPath: CommandLineTests.binary).deletingLastPathComponent().appendingPathComponent("CatalogGenerator")

    /// A broken copy of Resources: the file (under `catalog/` or `quiz/`), the text appended to it,
    /// and the error expected at the line that many lines after the file's end.
    struct Breakage: Sendable, CustomTestStringConvertible {
        let file: String
        let appended: String
        let linesAfterEnd: Int
        let message: String
        var testDescription: String { message }
    }

    /// The line of `audit.clean` in en.yaml.
    static let auditCleanLine = (try? String(contentsOf: RecordedFile.root.appendingPathComponent("Resources/catalog/en.yaml"), encoding: .utf8))
        .flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("audit.clean:") } }
        .map { $0 + 1 } ?? 0

    /// The kinds the generator allows, as its message lists them.
    static let imageKinds = "database, queue, cache, log-shipper, telemetry, mesh-proxy, database-proxy, auth-proxy, secrets-agent, git-sync, exporter, config-reloader, reverse-proxy"

    /// The line of the `redis` entry in images.yaml.
    static let redisLine = (try? String(contentsOf: RecordedFile.root.appendingPathComponent("Resources/images.yaml"), encoding: .utf8))
        .flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "  - name: redis" } }
        .map { $0 + 1 } ?? 0

    static let breakages: [Breakage] = [
        Breakage(file: "catalog/ko.yaml", appended: "only.korean: \"한국어\"\n", linesAfterEnd: 1,
                 message: "the key 'only.korean' is in ko but not in en"),
        Breakage(file: "catalog/quiz.en.yaml", appended: "only.english: \"English\"\n", linesAfterEnd: 1,
                 message: "the key 'only.english' is in en but not in ko"),
        Breakage(file: "catalog/en.yaml", appended: "audit.clean: \"again\"\n", linesAfterEnd: 1,
                 message: "the key 'audit.clean' is written twice"),
        Breakage(file: "catalog/quiz.en.yaml", appended: "audit.clean: \"again\"\n", linesAfterEnd: 1,
                 message: "the key 'audit.clean' is already in en.yaml:\(auditCleanLine)"),
        Breakage(file: "catalog/en.yaml", appended: "audit.clean2: yes\n", linesAfterEnd: 1,
                 message: "the value of 'audit.clean2' must be a string, not a bool (quote it)"),
        Breakage(file: "catalog/en.yaml", appended: "audit.clean2: [a]\n", linesAfterEnd: 1,
                 message: "the value of 'audit.clean2' must be a string, not a list"),
        Breakage(file: "catalog/en.yaml", appended: "audit clean: \"x\"\n", linesAfterEnd: 1,
                 message: "'audit clean' is not a key: write dotted words of letters and digits joined by '.', '-' or '_'"),
        Breakage(file: "catalog/en.yaml", appended: "audit.clean2: \"open\n", linesAfterEnd: 2,
                 message: "not valid YAML: found unexpected end of stream"),
        Breakage(file: "images.yaml", appended: "  - name: pg\n    kind: databse\n", linesAfterEnd: 2,
                 message: "pg: kind must be one of \(imageKinds)"),
        Breakage(file: "images.yaml", appended: "  - name: pg\n    kind: database\n    answers: {state: durable}\n", linesAfterEnd: 3,
                 message: "pg: 'durable' is not an answer to state (allowed: stateless, stateful)"),
        Breakage(file: "images.yaml", appended: "  - name: pg\n    kind: database\n    answers: {coupling: tight}\n", linesAfterEnd: 3,
                 message: "pg: 'coupling' is about the main application, not the image"),
        Breakage(file: "images.yaml", appended: "  - name: pg\n    kind: database\n    ports: [70000]\n", linesAfterEnd: 3,
                 message: "pg: a port must be a number from 1 to 65535"),
        Breakage(file: "images.yaml", appended: "  - name: redis\n    kind: database\n", linesAfterEnd: 1,
                 message: "'redis' is already an entry or a match at line \(redisLine)"),
        Breakage(file: "images.yaml", appended: "  - name: pg\n    kind: database\n    probe: {http: health, port: 80}\n", linesAfterEnd: 3,
                 message: "pg: probe must be {exec: [command, ...]}, {http: /path, port: N} or {tcp: N}"),
    ] + imageFactBreakages + portNameBreakages + otherBreakages

    /// The fields a restricted pod needs (issue 13), each malformed: a new entry `pg` appended to images.yaml.
    static let imageFactBreakages: [Breakage] = [
        entry("    root: \"true\"\n", message: "pg: root must be true or false"),
        entry("    user: 999\n    root: true\n", at: 3, message: "pg: an image that must start as root runs as no other user: leave user out"),
        entry("    root: true\n    unprivileged: \"*-unprivileged\"\n", at: 4,
              message: "pg: unprivileged must be the repository of a variant that runs as non-root ('a/b' or a name)"),
        entry("    unprivileged: example/pg-nonroot\n",
              message: "pg: unprivileged names the variant of an image that must start as root: add root: true"),
        entry("    writable: [tmp]\n", message: "pg: writable must be a list of absolute directory paths ([] when it writes nowhere else)"),
        entry("    writable: /tmp\n", message: "pg: writable must be a list of absolute directory paths ([] when it writes nowhere else)"),
        entry("    writable: [/tmp, /tmp]\n", message: "pg: writable lists '/tmp' twice"),
        entry("    dataPath: /data\n    writable: [/data]\n", at: 4, message: "pg: writable lists the directories besides the data path, not /data"),
        entry("    api: 1\n", message: "pg: api must be true or false"),
        entry("    dataPath: /data\n    dataEnv: 9DATA\n", at: 4,
              message: "pg: dataEnv must be an environment variable name (letters, digits and '_', not starting with a digit)"),
        entry("    dataEnv: PGDATA\n", message: "pg: dataEnv names a subdirectory of the data path: add dataPath"),
        entry("    env: [SKIP_SETCAP]\n", message: "pg: env must be a mapping of variable names to text values"),
        entry("    env: {SKIP-SETCAP: \"true\"}\n",
              message: "pg: 'SKIP-SETCAP' is not an environment variable name (letters, digits and '_', not starting with a digit)"),
        entry("    env: {SKIP_SETCAP: true}\n", message: "pg: the value of SKIP_SETCAP must be text (quote it)"),
        entry("    startupProbe: {http: startup, port: 9090}\n",
              message: "pg: startupProbe must be {exec: [command, ...]}, {http: /path, port: N} or {tcp: N}"),
        entry("    startupProbe: {tcp: 5432}\n", message: "pg: startupProbe is written where it is not probe: add probe"),
        entry("    probe: {tcp: 5432}\n    probeArgs: [health-check]\n", at: 4, message: "pg: probeArgs must be a list of flags, each starting with '-'"),
        entry("    probeArgs: [--health-check]\n", message: "pg: probeArgs are the flags its probe needs: add probe"),
        entry("    args: []\n", message: "pg: args must be a list of arguments, none empty"),
        entry("    args: [agent, \"\"]\n", message: "pg: args must be a list of arguments, none empty"),
        entry("    args: agent\n", message: "pg: args must be a list of arguments, none empty"),
    ]

    /// Port names Kubernetes refuses (IANA_SVC_NAME), each refused by the generator.
    static let portNameBreakages: [Breakage] = ["Http", "http--alt", "-http", "http-", "5432", "postgres-primary", "http_alt", "\"\""].map { name in
        let written = name == "\"\"" ? "" : name
        return entry("    portName: \(name)\n", message: "pg: portName '\(written)' is not a port name: at most 15 lowercase letters, digits and '-', "
            + "with a letter, no '-' at either end or twice in a row")
    }

    /// A new database entry `pg` with `fields` appended to images.yaml, failing at its line `at` (the first field's by default).
    static func entry(_ fields: String, at line: Int = 3, message: String) -> Breakage {
        Breakage(file: "images.yaml", appended: "  - name: pg\n    kind: database\n" + fields, linesAfterEnd: line, message: message)
    }

    /// The quiz files, malformed.
    static let otherBreakages: [Breakage] = [
        Breakage(file: "quiz/git-sync.yaml", appended: "# no newline", linesAfterEnd: 1,
                 message: "must end with a newline"),
        Breakage(file: "quiz/git-sync.yaml", appended: "# \"\"\"#\n", linesAfterEnd: 1,
                 message: "must not contain '\"\"\"#' (the file is embedded as a raw string literal)"),
    ]

    /// Runs the generator on a copy of Resources changed by `change`; its exit status and standard error.
    static func generate(_ file: String? = nil, _ change: (String) -> String = { $0 }) throws -> (status: Int32, error: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-generator-\(UUID().uuidString)")
        for name in ["catalog", "quiz", "images.yaml"] {
            try FileManager.default.copyItem(at: RecordedFile.root.appendingPathComponent("Resources/\(name)"), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        if let file {
            let url = folder.appendingPathComponent(file)
            try change((try? String(contentsOf: url, encoding: .utf8)) ?? "").write(to: url, atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["catalog", "quiz", "images.yaml", "out"].map { folder.appendingPathComponent($0).path }
        let pipe = Pipe()
        process.standardError = pipe
        try process.run()
        let error = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, error, folder)
    }

    @Test func theResourcesGenerateTheFourFiles() throws {
        let (status, error, folder) = try Self.generate()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(status == 0 && error.isEmpty, "\(error)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted()
        #expect(written == ["Catalog+Tables.swift", "ImageCatalogue+Entries.swift", "QuizScenario+Files.swift", "TextKey.swift"])
    }

    /// The generated catalogue is the same text every time (no Dictionary order), with the new facts in it.
    @Test func theGeneratedImageCatalogueIsTheSameEveryTime() throws {
        let first = try Self.generate()
        let second = try Self.generate()
        defer {
            try? FileManager.default.removeItem(at: first.folder)
            try? FileManager.default.removeItem(at: second.folder)
        }
        let name = "out/ImageCatalogue+Entries.swift"
        let text = try String(contentsOf: first.folder.appendingPathComponent(name), encoding: .utf8)
        #expect(text == (try String(contentsOf: second.folder.appendingPathComponent(name), encoding: .utf8)))
        #expect(text.contains("user: nil, root: true, unprivileged: \"nginxinc/nginx-unprivileged\", writable: [\"/var/cache/nginx\", \"/var/run\"], api: false,"))
        #expect(text.contains("env: [EnvVariable(\"SKIP_SETCAP\", \"true\"), EnvVariable(\"SKIP_CHOWN\", \"true\")],"))
        #expect(text.contains("probeArgs: [\"--health-check\", \"--http-address=0.0.0.0\", \"--http-port=9090\"]"))
        #expect(text.contains("args: [\"agent\", \"-config=/vault/config/agent.hcl\"]"))
    }

    @Test(arguments: breakages)
    func aMalformedFileFailsWithOneLineNamingIt(_ breakage: Breakage) throws {
        let original = try String(contentsOf: RecordedFile.root.appendingPathComponent("Resources/\(breakage.file)"), encoding: .utf8)
        let line = original.split(separator: "\n", omittingEmptySubsequences: false).count - 1 + breakage.linesAfterEnd
        let (status, error, folder) = try Self.generate(breakage.file) { $0 + breakage.appended }
        defer { try? FileManager.default.removeItem(at: folder) }
        let place = folder.appendingPathComponent(breakage.file).path + ":\(line)"
        #expect(status == 1)
        #expect(error == "\(place): error: \(breakage.message)\n")
    }

    @Test func aScenarioWithoutItsTitleInTheCatalogFails() throws {
        let (status, error, folder) = try Self.generate("quiz/new-scenario.yaml") { _ in "podwright: 1\n" }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(status == 1)
        #expect(error == "\(folder.path)/quiz/new-scenario.yaml: error: the catalog has no text 'quiz.scenario.new-scenario.title' (add it to quiz.en.yaml and quiz.ko.yaml)\n")
    }
}
