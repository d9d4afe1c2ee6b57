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

    @Test func repeatedFileOptionsMergeComposeFilesInOrder() throws {
        let folder = "Tests/PodDesignTests/ImportFixtures/override/"
        let result = try CommandLineTests.run(["import", "-f", folder + "compose.yaml", "--file", folder + "compose.prod.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  image: example.com/shop/web:2.4\n  workload: service\n  replicas: 3\n  ports:\n    - 80\n    - 443\n"))
        #expect(result.stdout.contains("scaling: independent  # it runs 2 replicas and web runs 3 (\(folder)compose.prod.yaml:13)"))
        #expect(result.stderr == "podwright: \(folder)compose.prod.yaml:16:5: note: restart is not carried into the design: log-shipper\n")
        // The same files through standard input: the first one is `-`.
        let stdin = try String(contentsOfFile: folder + "compose.yaml", encoding: .utf8)
        let piped = try CommandLineTests.run(["import", "-f", "-", "-f", folder + "compose.prod.yaml"], stdin: stdin)
        #expect(piped.status == 0)
        #expect(piped.stdout.contains("# Imported from <stdin>, \(folder)compose.prod.yaml by podwright import.\n"))
    }

    /// `.env` beside the Compose file gives variables; the environment wins over it, as in Compose.
    @Test func dotEnvBesideTheFileAndTheEnvironment() throws {
        let fixture = "Tests/PodDesignTests/ImportFixtures/interpolation/compose.yaml"
        let result = try CommandLineTests.run(["import", fixture], environment: ["LOG_LEVEL": "warn", "REGION": "eu", "METRICS_PORT": "9100"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("  image: registry.example.com/shop/web:2.4\n"))
        #expect(result.stdout.contains("    LOG_LEVEL: warn\n"))
        #expect(result.stdout.contains("    CDN: https://eu.cdn.example.com\n"))
        let unset = try CommandLineTests.run(["import", fixture, "--lang", "ko"], environment: ["METRICS_PORT": "9100"])
        #expect(unset.status == 0)
        #expect(unset.stdout.contains("    LOG_LEVEL: debug\n"))
        #expect(unset.stderr == "podwright: \(fixture):12:15: 알림: 변수 REGION 값이 환경에도 Tests/PodDesignTests/ImportFixtures/interpolation/.env 파일에도 없습니다. Compose처럼 빈 문자열로 읽습니다\n")
        let required = try CommandLineTests.run(["import", "-"], stdin: "services:\n  web:\n    image: ${IMAGE:?name the image}\n")
        #expect(required.status == 2)
        #expect(required.stdout.isEmpty)
        #expect(required.stderr == "podwright: <stdin>:3:12: services.web.image: IMAGE is required and not set: name the image\n")
    }

    @Test(arguments: [
        (["import", "-f", "a.yaml", "b.yaml"], "podwright: give the Compose files either as FILE or with -f, not both\n"),
        (["import"], "podwright: name the file to import: podwright import FILE, or -f FILE (repeated to merge Compose files in order)\n"),
        (["import", "--lang", "ko"], "podwright: 가져올 파일을 주십시오: podwright import FILE, 또는 -f FILE(여러 번 주면 Compose 파일을 차례로 합칩니다)\n"),
        (["import", "-f", "a.yaml", "b.yaml", "--lang", "ko"], "podwright: Compose 파일은 FILE 인수와 -f 옵션 가운데 한 가지로만 주십시오\n"),
    ])
    func fileAndOptionsAreOneFormOrTheOther(_ arguments: [String], _ message: String) throws {
        let result = try CommandLineTests.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == message)
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
