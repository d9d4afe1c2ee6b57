import Foundation
import Testing

/// `podwright import` as a user runs it: the design on stdout or in a file, notes on stderr, statuses.
@Suite(.serialized) struct ImportCommandTests {
    static let compose = "Resources/imports/web-shop.compose.yaml"

    @Test func writesTheDesignToStdoutAndItRecommendsTheIssuesLayout() throws {
        let result = try CommandLineTests.run(["import", Self.compose])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("# Imported from \(Self.compose) by podwright import.\n"))
        let manifest = try CommandLineTests.run(["recommend", "-"], stdin: result.stdout)
        #expect(manifest.status == 0)
        #expect(manifest.stdout.contains("kind: StatefulSet\nmetadata:\n  name: db\n"))
        #expect(manifest.stdout.contains("kind: Job\nmetadata:\n  name: migrate\n"))
        #expect(manifest.stdout.contains("- name: log-shipper  # sidecar, native"))
        let record = try CommandLineTests.run(["explain", "-"], stdin: result.stdout)
        #expect(record.stdout.contains("| db | its own StatefulSet | `separate.stateful` | state=stateful |"))
    }

    @Test func notesGoToStderrAndTheFileIsWrittenWhole() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        let path = folder.appendingPathComponent("legacy.yaml").path
        let fixture = "Tests/PodDesignTests/ImportFixtures/legacy-v2.compose.yaml"
        let result = try CommandLineTests.run(["import", fixture, "-o", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines.first == "podwright: \(fixture):3:3: note: restart is not carried into the design: site, content-sync")
        #expect(lines[1] == "podwright: \(fixture):9:5: note: site is built from ./site and names no image: the design uses site-image:latest; push the image and set it")
        #expect(lines.last == "podwright: wrote \(path): 2 companions, 9 answers assumed; review it with podwright edit \(path)")
        let again = try CommandLineTests.run(["import", fixture, "-o", path])
        #expect(again.status == 2)
        #expect(again.stderr == "podwright: \(path): the file exists; add --force to replace it\n")
    }

    @Test func koreanCommentsAndMainOverride() throws {
        let result = try CommandLineTests.run([
            "import", "Tests/PodDesignTests/ImportFixtures/network-mode.compose.yaml", "--main", "app", "--lang", "ko", "--kubernetes", "1.28",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("# 메인 컨테이너: app, --main으로 골랐습니다.\n"))
        #expect(result.stdout.contains("kubernetes: \"1.28\"\n"))
        #expect(result.stdout.contains("coupling: tight  # network_mode: service:vpn로 네트워크 네임스페이스를 함께 씁니다"))
    }

    @Test(arguments: [
        (["import", "missing.yml"], "podwright: missing.yml: cannot read the file: no such file\n"),
        (["import", "Resources/examples/log-shipper.yaml"],
         "podwright: Resources/examples/log-shipper.yaml:1:1: neither a Compose file (no 'services:') nor a Kubernetes manifest with a pod (allowed: docker-compose.yml, compose.yaml, or Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob)\n"),
        (["import", "Resources/imports/web-shop.compose.yaml", "--main", "wbe"],
         "podwright: Resources/imports/web-shop.compose.yaml:1:1: --main: found 'wbe', did you mean 'web'? (allowed: web, log-shipper, db, migrate)\n"),
    ])
    func badInputIsOneLineAndStatusTwo(_ arguments: [String], _ message: String) throws {
        let result = try CommandLineTests.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == message)
    }
}
