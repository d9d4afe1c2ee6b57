import Foundation
import PodDesign
import Testing
import TestSupport

/// Issue 16: a fuzz target. Deterministic mutations of the repository's own designs, manifests and Compose files,
/// with hostile fragments (control characters, C1, non-characters, lone `\r`, deep nesting, aliases), run through
/// the built binary's recommend, explain, import and audit. Every run must end by itself with status 0, 1 or 2,
/// write only `podwright: ` lines to stderr (exactly one on status 2, so no crash trace), and write no control
/// character a terminal acts on to either stream.
///
/// Audit runs with its text report and with `--format json`; designs are also drawn (`diagram`, SVG).
/// Eight shards run in parallel; a shard's failures name the seed file and the mutation round to replay.
@Suite struct FuzzTests {
    /// The quiz's SplitMix64: the same numbers on every machine, so a failure can be replayed.
    typealias Random = SplitMix64

    enum Kind: String, CaseIterable, Sendable {
        case design, manifest, compose

        /// The commands a file of this kind goes through.
        var commands: [[String]] {
            switch self {
            case .design: [["recommend"], ["explain"], ["diagram"]]
            case .manifest, .compose: [["import"], ["audit"], ["audit", "--format", "json"]]
            }
        }
    }

    static let root = RecordedFile.root

    /// The seed files: the examples, the golden manifests and audit fixtures, and the Compose fixtures.
    static let seeds: [(kind: Kind, path: String)] = {
        func files(_ folder: String, _ keep: (String) -> Bool) -> [String] {
            let url = root.appendingPathComponent(folder)
            guard let enumerator = FileManager.default.enumerator(atPath: url.path) else { return [] }
            return enumerator.compactMap { $0 as? String }.filter(keep).sorted().map { folder + "/" + $0 }
        }
        let designs = files("Resources/examples") { $0.hasSuffix(".yaml") }
        let manifests = files("Tests/PodDesignTests/Golden") { $0.hasSuffix(".yaml") && !$0.contains("/") }
            + files("Tests/PodDesignTests/AuditFixtures") { $0.hasSuffix(".yaml") }
            + ["Tests/PodDesignTests/ImportFixtures/manifest-pod.yaml"]
        let compose = ["Resources/imports/web-shop.compose.yaml"]
            + files("Tests/PodDesignTests/ImportFixtures") { $0.hasSuffix("compose.yaml") || $0.hasSuffix("compose.prod.yaml") }
        return designs.map { (.design, $0) } + manifests.map { (.manifest, $0) } + compose.map { (.compose, $0) }
    }()

    static let fragments = [
        ":", "-", " ", "\n", "\t", "[", "]", "{", "}", "&a", "*a", "!!str", "?", "'", "\"", "#", "|", ">", "---", "...",
        "0", "-1", "65536", "99999999999999999999", "1.30", "yes", "null", "~", "파드", "\u{FEFF}", "\r", "\r\n",
        "\u{0}", "\u{7}", "\u{1B}[31m", "\u{1B}]0;PWNED\u{7}", "\u{9B}2J", "\u{85}", "\u{FFFE}", "\u{2028}", "\u{202E}",
        "\"p\\e]0;PWNED\\a\"", "\"c\\nd\"", "\"\\u009b\"", "\"\\x86\"", "\"\\uffff\"", "\"\\0\"", "\"a\\r---\\rb\"",
        "${X}", "${X:?boom}", "$$", "${", "<<: *a", "%YAML 1.1", "!!binary", String(repeating: "x", count: 300),
        String(repeating: "[", count: 1_200), "upstream: \"db\\n---\\n# injected\"", "image: \"busybox\\u009b:1\"",
        "name: \"p\\e]0;PWNED\\a\"", "replicas: -1", "ports: [80, 80]", "localPort: 80",
    ]

    /// Quoted YAML scalars that hold what must not reach a terminal, a Markdown record or a strict YAML reader.
    static let hostile = [
        "\"v\\e]0;PWNED\\a\"", "\"v\\nforged: line\"", "\"v\\u009b2J\"", "\"v\\x86\"", "\"v\\uffff\"", "\"v\\ufffe\"",
        "\"v\\0\"", "\"/p\\u009b\"", "\"db\\n---\\n# injected\"", "\"v\\r\\e[2J\"", "\"v\\u202egnp.exe\"",
    ]

    /// The text with a few random changes: lines removed, repeated, swapped, cut, indented; fragments put in; a
    /// value or a key made a hostile scalar; every line break made `\r` or `\r\n`; an alias bomb added.
    static func mutate(_ text: String, _ random: inout Random) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            guard !lines.isEmpty else { break }
            let index = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<12, using: &random) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2: lines.swapAt(index, Int.random(in: 0..<lines.count, using: &random))
            case 3:
                var line = Array(lines[index])
                if !line.isEmpty { line.remove(at: Int.random(in: 0..<line.count, using: &random)) }
                lines[index] = String(line)
            case 4, 5, 6:
                var line = lines[index]
                let at = line.index(line.startIndex, offsetBy: Int.random(in: 0...line.count, using: &random))
                line.insert(contentsOf: fragments.randomElement(using: &random)!, at: at)
                lines[index] = line
            case 7: lines[index] = " " + lines[index]
            case 8: lines = Array(lines.prefix(index))
            case 10, 11:
                let line = lines[index]
                let value = hostile.randomElement(using: &random)!
                if let colon = line.range(of: ": ") {
                    lines[index] = line[..<colon.upperBound] + value
                } else if line.hasSuffix(":") {
                    lines[index] = line.prefix { $0 == " " || $0 == "-" } + value + ":"
                } else if line.trimmingCharacters(in: .whitespaces).hasPrefix("- ") {
                    lines[index] = line.prefix { $0 == " " || $0 == "-" } + value
                }
            default:
                if Bool.random(using: &random) {
                    return lines.joined(separator: Bool.random(using: &random) ? "\r" : "\r\n")
                }
                lines.append("x-bomb: &b0 [x, x, x, x, x, x, x, x, x, x]")
                for level in 1...6 {
                    lines.append("x-bomb\(level): &b\(level) [" + Array(repeating: "*b\(level - 1)", count: 10).joined(separator: ", ") + "]")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// What one run gave.
    struct Outcome {
        var status: Int32
        var exited: Bool
        var stdout: String
        var stderr: String
    }

    /// Runs the binary on a file, its output in files (no pipe to fill), stopped after `timeout` seconds.
    static func run(_ arguments: [String], in directory: URL, timeout: TimeInterval = 20) throws -> Outcome? {
        let out = directory.appendingPathComponent("stdout"), err = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "LC_ALL")
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(2_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return nil
        }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, exited: process.terminationReason == .exit,
                       stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                       stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// Whether text holds a character a terminal acts on: C0 but line feed and tab, DEL, C1.
    static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
    }

    static let shards = 8
    /// Mutations of each seed file, each run through every command of its kind (about 900 runs in all).
    static let rounds = 5

    @Test(arguments: 0..<shards)
    func mutatedInputsEndWithAStatusAndOneLineMessages(_ shard: Int) throws {
        let directory = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("input.yaml")
        var counts: [Int32: Int] = [:]
        var runs = 0
        for (number, seed) in Self.seeds.enumerated() {
            let original = try String(contentsOf: Self.root.appendingPathComponent(seed.path), encoding: .utf8)
            var random = Random(seed: UInt64(number) &* 0x1_0000_0001 &+ 16)
            for round in 0..<Self.rounds {
                let text = Self.mutate(original, &random)
                guard (number * Self.rounds + round) % Self.shards == shard else { continue }
                try Data(text.utf8).write(to: input)
                for command in seed.kind.commands {
                    let replay = "\(seed.path) round \(round) \(command[0])"
                    guard let outcome = try Self.run(command + ["input.yaml"], in: directory) else {
                        Issue.record("\(replay): did not end within 20 s")
                        continue
                    }
                    runs += 1
                    counts[outcome.status, default: 0] += 1
                    #expect(outcome.exited && [0, 1, 2].contains(outcome.status), "\(replay): status \(outcome.status)\n\(outcome.stderr)")
                    let lines = outcome.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                    #expect(outcome.stderr.isEmpty || outcome.stderr.hasSuffix("\n"), "\(replay)")
                    #expect(lines.allSatisfy { $0.hasPrefix("podwright: ") }, "\(replay): \(outcome.stderr)")
                    if outcome.status == 2 { #expect(lines.count == 1, "\(replay): \(outcome.stderr)") }
                    #expect(!Self.hasControls(outcome.stdout) && !Self.hasControls(outcome.stderr), "\(replay): \(outcome.stderr)")
                }
            }
        }
        print("fuzz shard \(shard): \(runs) runs, status 0: \(counts[0] ?? 0), 1: \(counts[1] ?? 0), 2: \(counts[2] ?? 0)")
        #expect(runs > 0)
    }
}
