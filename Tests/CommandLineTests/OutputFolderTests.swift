import Foundation
import Testing
import TestSupport

/// `podwright recommend FILE... --output-dir DIR`: a manifest per design, each the bytes stdout gets, refusing before
/// any work what it would overwrite or could not name, and skipping a design that fails.
@Suite(.serialized) struct OutputFolderTests {
    static let examples = ["Resources/examples/git-sync.yaml", "Resources/examples/whole-app.yaml"]

    static func list(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func eachDesignGetsTheManifestStdoutGets() throws {
        let parent = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("made/on/demand")
        let result = try CommandLineTests.run(["recommend"] + Self.examples + ["--output-dir", folder.path, "--kubernetes", "1.28"])
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty)
        #expect(try Self.list(folder) == ["git-sync.yaml", "whole-app.yaml"])
        for example in Self.examples {
            let alone = try CommandLineTests.run(["recommend", example, "--kubernetes", "1.28"])
            let name = (example as NSString).lastPathComponent
            #expect(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) == alone.stdout)
        }
    }

    @Test func kustomizeWritesAFolderPerDesign() throws {
        let parent = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let result = try CommandLineTests.run(["recommend"] + Self.examples + ["--format", "kustomize", "--output-dir", parent.path])
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(try Self.list(parent) == ["git-sync", "whole-app"])
        #expect(try Self.list(parent.appendingPathComponent("git-sync")).contains("kustomization.yaml"))
    }

    /// A design that fails is reported in its own words and skipped; the others are written; the status is the
    /// worst, and a closing line counts the failures.
    @Test func aFailingDesignIsSkippedAndCounted() throws {
        let parent = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let bad = parent.appendingPathComponent("bad.yml")
        try "podwright: 1\nname: x\n".write(to: bad, atomically: true, encoding: .utf8)
        let folder = parent.appendingPathComponent("out")
        let result = try CommandLineTests.run(["recommend", bad.path, Self.examples[0], "--output-dir", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr == """
            podwright: \(bad.path):1:1: top level: the required field 'main' is missing
            podwright: 1 of 2 designs failed and their manifests were not written; the others were

            """)
        #expect(try Self.list(folder) == ["git-sync.yaml"])
        let korean = try CommandLineTests.run(["recommend", bad.path, "--output-dir", folder.path, "--lang", "ko"])
        #expect(korean.status == 2)
        #expect(korean.stderr.hasSuffix("podwright: 설계가 실패해 매니페스트를 쓰지 않았습니다\n"))
    }

    /// Each refusal is one line, status 2, and nothing written.
    @Test(arguments: [
        (["a.yaml", "b.yaml"], "podwright: several design files need --output-dir DIR, which gets one manifest per design (podwright recommend designs/*.yaml --output-dir manifests/)"),
        (["a.yaml", "--output-dir", "OUT", "-o", "x.yaml"], "podwright: --output-dir writes a manifest per design into a folder and -o writes one: use one of them"),
        (["-", "--output-dir", "OUT"], "podwright: - (standard input) has no file name to name its manifest after: with --output-dir, name the design files"),
        (["a.yaml", "--output-dir", ""], "podwright: --output-dir names no folder: the path is empty (allowed: the path of a folder, made if missing)"),
        (["a.yaml", "--output-dir", "OUT/file"], "podwright: OUT/file: this is not a folder, and --output-dir writes into a folder (allowed: a folder, or a path not yet used)"),
        (["a.yaml", "sub/a.YML", "--output-dir", "OUT"], "podwright: a.yaml and sub/a.YML would both be written to OUT/a.yaml: rename one of them"),
        (["a.yaml", "--output-dir", "OUT/taken"], "podwright: OUT/taken/a.yaml: the file exists; add --force to replace it"),
    ])
    func refusals(_ arguments: [String], _ message: String) throws {
        let parent = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: parent.appendingPathComponent("OUT/taken"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: parent.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "x".write(to: parent.appendingPathComponent("OUT/file"), atomically: true, encoding: .utf8)
        try "x".write(to: parent.appendingPathComponent("OUT/taken/a.yaml"), atomically: true, encoding: .utf8)
        let design = try String(contentsOf: RecordedFile.root.appendingPathComponent(Self.examples[0]), encoding: .utf8)
        for name in ["a.yaml", "b.yaml", "sub/a.YML"] {
            try design.write(to: parent.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let before = try Self.list(parent.appendingPathComponent("OUT"))
        let result = try CommandLineTests.run(["recommend"] + arguments, stdin: design, directory: parent)
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr == message + "\n")
        #expect(try Self.list(parent.appendingPathComponent("OUT")) == before)
        #expect(try String(contentsOf: parent.appendingPathComponent("OUT/taken/a.yaml"), encoding: .utf8) == "x")
    }
}
