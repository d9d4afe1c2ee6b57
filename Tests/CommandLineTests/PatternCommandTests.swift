import Foundation
import Testing
import TestSupport

/// `podwright patterns` run as a user would: the index and every page in both languages, byte for byte
/// (golden files in Golden/patterns, re-recorded with PODWRIGHT_RECORD=1), and a bad name.
@Suite(.serialized) struct PatternCommandTests {
    static let names = ["single", "init", "sidecar", "native-sidecar", "adapter", "ambassador"]

    @Test(arguments: ["en", "ko"])
    func indexAndPagesMatchTheirGoldenFiles(_ language: String) throws {
        for name in [nil] + Self.names.map(Optional.some) {
            let result = try CommandLineTests.run(["patterns"] + (name.map { [$0] } ?? []) + ["--lang", language])
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty)
            #expect(!result.stdout.contains("\u{1B}"), "colour on a pipe")
            try CommandGolden.check(result.stdout, against: "patterns/\(name ?? "index").\(language).txt")
        }
    }

    @Test func kubernetesOptionTurnsAmbassadorIntoARegularContainer() throws {
        let old = try CommandLineTests.run(["patterns", "ambassador", "--kubernetes", "1.28"])
        #expect(old.status == 0)
        #expect(old.stdout.contains("Minimal manifest (Kubernetes 1.28, sidecars as regular containers)"))
        #expect(!old.stdout.contains("restartPolicy: Always"))
        let new = try CommandLineTests.run(["patterns", "ambassador", "--kubernetes", "1.33"])
        #expect(new.stdout.contains("restartPolicy: Always"))
    }

    @Test func badNameIsOneLineWithStatusTwo() throws {
        let result = try CommandLineTests.run(["patterns", "sidcar"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "podwright: unknown pattern 'sidcar', did you mean 'sidecar'? (allowed: single, init, sidecar, native-sidecar, adapter, ambassador)\n")
    }

    @Test func unknownThemeInTheEnvironmentIsBadUsage() throws {
        setenv("PODWRIGHT_THEME", "neon", 1)
        defer { unsetenv("PODWRIGHT_THEME") }
        let result = try CommandLineTests.run(["patterns"])
        #expect(result.status == 2)
        #expect(result.stderr == "podwright: PODWRIGHT_THEME: found 'neon' (allowed: default, high-contrast)\n")
        let chosen = try CommandLineTests.run(["patterns", "--theme", "high-contrast"])
        #expect(chosen.status == 0)
    }

    @Test func helpTeachesWithExamples() throws {
        let result = try CommandLineTests.run(["patterns", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("podwright patterns native-sidecar"))
        #expect(result.stdout.contains("--theme"))
    }
}
