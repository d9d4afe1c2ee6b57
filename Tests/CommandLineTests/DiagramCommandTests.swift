import Foundation
import Testing
import TestSupport

/// `podwright diagram` and `explain --diagram`, run as a user would (issue 17).
extension CommandLineTests {
    @Test func diagramWritesTheSVGOfThePodsAndTheLifecycleOfAPod() throws {
        let pods = try Self.run(["diagram", "Resources/examples/whole-app.yaml"])
        #expect(pods.status == 0 && pods.stderr.isEmpty)
        #expect(pods.stdout.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        for name in ["web", "web-logs", "api", "api-db-pool", "migrate", "db", "db-metrics"] {
            #expect(pods.stdout.contains("· \(name)"), "\(name)")
        }
        let lifecycle = try Self.run(["diagram", "Resources/examples/whole-app.yaml", "--lifecycle", "--pod", "api", "--lang", "ko"])
        #expect(lifecycle.status == 0)
        #expect(lifecycle.stdout.contains("수명 주기") && lifecycle.stdout.contains("api-db-pool"))
        #expect(!lifecycle.stdout.contains("web-logs"))
    }

    @Test func diagramAndExplainDrawTheSameMermaid() throws {
        let mermaid = try Self.run(["diagram", "Resources/examples/log-shipper.yaml", "--format", "mermaid"])
        let record = try Self.run(["explain", "Resources/examples/log-shipper.yaml"])
        #expect(mermaid.status == 0 && record.status == 0)
        #expect(record.stdout.contains("```mermaid\n" + mermaid.stdout + "```\n"))
        let text = try Self.run(["explain", "Resources/examples/log-shipper.yaml", "--diagram", "text"])
        let drawing = try Self.run(["diagram", "Resources/examples/log-shipper.yaml", "--format", "text"])
        #expect(text.stdout.contains("```text\n" + drawing.stdout + "```\n"))
    }

    @Test(arguments: [
        (["--lifecycle", "--format", "mermaid"], "podwright: --lifecycle draws an SVG: leave out --format, or write --format svg"),
        (["--pod", "api"], "podwright: --pod picks the pod of a lifecycle: add --lifecycle"),
        (["--lifecycle", "--pod", "nope"], "podwright: no pod is built around nope; the pods are built around: web, api, migrate, db"),
    ])
    func diagramRefusesOptionsThatDoNotGoTogether(_ options: [String], _ message: String) throws {
        let result = try Self.run(["diagram", "Resources/examples/whole-app.yaml"] + options)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }

    @Test func patternsDrawsAPatternAsSVGAndRefusesNoName() throws {
        let picture = try Self.run(["patterns", "ambassador", "--format", "svg"])
        #expect(picture.status == 0 && picture.stdout.hasPrefix("<svg"))
        #expect(picture.stdout.contains("redis-proxy"))
        let none = try Self.run(["patterns", "--format", "svg"])
        #expect(none.status == 2)
        #expect(none.stderr == "podwright: --format svg draws one pattern: name it (podwright patterns sidecar --format svg)\n")
    }
}
