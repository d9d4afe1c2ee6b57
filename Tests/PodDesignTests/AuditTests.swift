import Foundation
@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import StyledText
import Testing

/// `audit`: one fixture pair per rule (fires / does not fire), streams, opt-outs, broken documents.
@Suite struct AuditTests {
    static let fixtures = Support.root.appendingPathComponent("Tests/PodDesignTests/AuditFixtures")

    static func audit(_ name: String, target: String = "1.37") throws -> AuditReport {
        var report = AuditReport(target: KubernetesVersion(target)!)
        let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        report.audit(text, file: name)
        report.finish()
        return report
    }

    static func rules(_ report: AuditReport) -> [String] { report.findings.map(\.check.rawValue) }

    @Test(arguments: [
        ("conflict-port", "conflict.port"), ("job-classic-sidecar", "job.classic-sidecar"),
        ("colocate-stateful", "colocate.stateful"), ("colocate-no-channel", "colocate.no-channel"), ("pod-crowded", "pod.crowded"),
        ("init-never-exits", "init.never-exits"), ("init-probe", "init.probe"), ("native-no-startup-probe", "native.no-startup-probe"),
        ("colocate-two-stateful", "colocate.two-stateful"), ("probe-same-readiness-liveness", "probe.same-readiness-liveness"),
        ("hpa-missing-cpu-request", "hpa.missing-cpu-request"), ("hpa-pod-metric", "hpa.pod-metric"),
    ])
    func ruleFiresOnItsFixtureAndNotOnItsTwin(_ name: String, _ rule: String) throws {
        #expect(Self.rules(try Self.audit("\(name).fires.yaml")).contains(rule))
        let quiet = try Self.audit("\(name).quiet.yaml")
        #expect(quiet.findings.isEmpty, "\(quiet.findings)")
        #expect(quiet.problems.isEmpty)
    }

    @Test func newRulesSayWhatTheyFoundWhere() throws {
        let catalog = Catalog(.en)
        let never = try #require(try Self.audit("init-never-exits.fires.yaml").findings.first)
        #expect(never.level == .error && never.container == "log-shipper" && never.location.line == 10)
        #expect(never.why(catalog).hasPrefix("log-shipper runs fluent-bit, a helper that keeps running, under initContainers"))
        let probe = try #require(try Self.audit("init-probe.fires.yaml").findings.first)
        #expect(probe.level == .error && probe.facts["probe"] == "readinessProbe")
        let startup = try #require(try Self.audit("native-no-startup-probe.fires.yaml").findings.first)
        #expect(startup.level == .warning && startup.facts["main"] == "shop" && startup.facts["image"] == "cloud-sql-proxy")
        let pair = try Self.audit("colocate-two-stateful.fires.yaml").findings
        #expect(pair.map(\.container) == ["kafka"])
        #expect(pair.first?.why(catalog).hasPrefix("kafka runs kafka, and zookeeper in the same pod runs zookeeper:") == true)
        let hpa = try Self.audit("hpa-missing-cpu-request.fires.yaml").findings
        // The HPA is read before its Deployment and still placed at the container that lacks the request.
        #expect(hpa.map(\.check) == [.hpaMissingCPURequest, .hpaPodMetric])
        #expect(hpa.first.map { ($0.resource, $0.container, $0.location.line) } ?? ("", "", 0) == ("Deployment/web", "log-shipper", 33))
        #expect(hpa.first?.facts["hpa"] == "HorizontalPodAutoscaler/web")
        let pod = try #require(try Self.audit("hpa-pod-metric.fires.yaml").findings.first)
        #expect(pod.level == .note && pod.container == "web" && pod.facts["resource"] == "cpu" && pod.facts["count"] == "2")
    }

    @Test func anHPAInAnotherNamespaceOrOverAnotherWorkloadIsNotMatched() {
        var report = AuditReport()
        report.audit("""
            kind: Deployment
            metadata: {name: web, namespace: a}
            spec: {template: {spec: {containers: [{name: web, image: nginx}, {name: side, image: fluent/fluent-bit}]}}}
            ---
            kind: HorizontalPodAutoscaler
            metadata: {name: web, namespace: b}
            spec: {scaleTargetRef: {kind: Deployment, name: web}}
            ---
            kind: HorizontalPodAutoscaler
            metadata: {name: web, namespace: a}
            spec: {scaleTargetRef: {kind: StatefulSet, name: web}}
            """, file: "x.yaml")
        report.finish()
        #expect(report.findings.filter { $0.check.rawValue.hasPrefix("hpa.") }.isEmpty)
    }

    /// colocate.no-channel stays quiet where something else ties the helper to the pod.
    @Test(arguments: ["colocate-no-channel.mesh.yaml", "colocate-no-channel.shared-processes.yaml"])
    func noChannelIsQuietOnMeshProxiesAndSharedProcesses(_ name: String) throws {
        let report = try Self.audit(name)
        #expect(report.workloads == 1)
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    @Test func aHelperReachedThroughItsProbeHasAChannel() {
        var report = AuditReport()
        report.audit("""
            kind: Pod
            metadata: {name: p}
            spec:
              containers:
                - {name: app, image: example/app}
                - name: auth
                  image: example/auth
                  readinessProbe: {httpGet: {path: /ready, port: 4180}}
            """, file: "p.yaml")
        #expect(report.findings.isEmpty)
    }

    /// Every manifest `recommend` writes for the examples, at every target it supports, passes its own audit
    /// with no finding at all (podwright's ambassadors, which declare no port, are known by the design annotation).
    @Test(arguments: ["1.28", "1.29", "1.37"])
    func recommendsOwnManifestsPassAudit(_ target: String) throws {
        for name in Support.exampleNames {
            var design = try Support.example(name)
            design.kubernetes = KubernetesVersion(target)
            let decision = Advisor.decide(design)
            guard !decision.findings.contains(where: { $0.level == .error }) else { continue }
            var report = AuditReport(target: decision.target)
            report.audit(StarterManifest(decision, catalog: Catalog(.en)).yaml(), file: "\(name).yaml")
            report.finish()
            #expect(report.workloads > 0)
            #expect(report.findings.isEmpty, "\(name) \(target): \(report.findings.map(\.check))")
            #expect(report.problems.isEmpty)
        }
    }

    @Test func jobSidecarIsFoundInHelmTemplateOutput() throws {
        let report = try Self.audit("job-classic-sidecar.helm.yaml")
        #expect(report.workloads == 2)
        #expect(report.findings.map { "\($0.check.rawValue) \($0.resource) \($0.container) \($0.location.line)" }
            == ["job.classic-sidecar Job/release-shop-migrate cloud-sql-proxy 31"])
    }

    @Test func portConflictNamesBothContainersAtTheSecondPort() throws {
        let finding = try #require(try Self.audit("conflict-port.fires.yaml").findings.first)
        #expect(finding.level == .error)
        #expect(finding.location == SourceLocation(line: 19, column: 15))
        #expect(finding.resource == "Deployment/shop/web" && finding.container == "metrics")
        #expect(finding.why(Catalog(.en)) == "metrics declares port 8080/TCP, which web in the same pod declares too: the containers of a pod share one network namespace, so only one of them can listen on it.")
    }

    @Test func nativeSidecarNeedsItsVersion() throws {
        #expect(Self.rules(try Self.audit("native-unsupported.yaml", target: "1.28")) == ["native.unsupported"])
        #expect(try Self.audit("native-unsupported.yaml", target: "1.29").findings.isEmpty)
    }

    @Test func cronJobFindingPointsAtTheExtraContainer() throws {
        let finding = try #require(try Self.audit("job-classic-sidecar.fires.yaml").findings.first)
        #expect(finding.resource == "CronJob/nightly" && finding.container == "uploader")
        #expect(finding.location.line == 16)
    }

    @Test func statefulImageIsMatchedOnTheRepositoryName() {
        func container(_ image: String) -> PodContainer { PodContainer(name: "x", image: image, kind: .regular) }
        #expect(container("docker.io/library/postgres:16").repositoryName == "postgres")
        #expect(container("bitnami/redis@sha256:abc").repositoryName == "redis")
        #expect(container("registry:5000/team/mysql:8").repositoryName == "mysql")
        #expect(ImageCatalogue.isStateful(container("rabbitmq:3-management")))
        #expect(!ImageCatalogue.isStateful(container("example/redis-commander:1")))
        #expect(!ImageCatalogue.isStateful(container("postgres-operator:1")))
    }

    @Test func bytewiseSearchFindsWordsAnywhereAndOnlyWhole() {
        #expect("istio-proxy".holds("proxy") && "proxy".holds("proxy") && "xproxyx".holds("rox") && "a".holds(""))
        #expect(!"prox".holds("proxy") && !"".holds("a") && !"pprox y".holds("proxy"))
        #expect("ünï-agent".holds("agent") && "ünï".holds("n") && !"ünï".holds("ï-"))
    }

    @Test func annotationOptsOut() throws {
        let report = try Self.audit("ignored.yaml")
        #expect(report.findings.isEmpty)
        #expect(report.workloads == 1)
    }

    @Test func brokenDocumentIsReportedAndTheStreamGoesOn() throws {
        let report = try Self.audit("mixed-stream.yaml")
        #expect(report.documents == 3)
        #expect(report.problems.map(\.location) == [SourceLocation(line: 15, column: 10)])
        #expect(report.problems.first?.message(Catalog(.en)).hasPrefix("not valid YAML: ") == true)
        #expect(report.skipped == 2)
        #expect(report.workloads == 1)
        #expect(report.findings.map(\.resource) == ["Pod/shop/pair"])
        #expect(report.findings.first?.location.line == 27)
        #expect(report.hasErrors)
    }

    @Test func theSummaryCountsOneInTheSingular() {
        // One file holding one Pod with one error (a port declared twice); another file adds a ConfigMap and a Pod.
        var one = AuditReport()
        one.audit("kind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n  - {name: x, image: x, ports: [{containerPort: 80}]}\n"
            + "  - {name: y, image: y, ports: [{containerPort: 80}]}\n", file: "a.yaml")
        #expect(one.errors == 1)
        #expect(AuditTextWriter(Catalog(.en)).summary(one).map(\.text)
            == ["1 file, 1 document, 1 workload, 0 other objects skipped: 1 error, 0 warnings, 0 notes."])
        #expect(AuditTextWriter(Catalog(.ko)).summary(one).map(\.text)
            == ["파일 1개, 문서 1개, 워크로드 1개, 건너뛴 다른 객체 0개: 오류 1개, 경고 0개, 참고 0개."])
        one.audit("kind: ConfigMap\n---\nkind: Pod\nmetadata: {name: b}\nspec:\n  containers:\n  - {name: x, image: x}\n", file: "b.yaml")
        #expect(AuditTextWriter(Catalog(.en)).summary(one).map(\.text)
            == ["2 files, 3 documents, 2 workloads, 1 other object skipped: 1 error, 0 warnings, 0 notes."])
    }

    @Test func aKeyWrittenTwiceLaterInAStreamIsPlacedInTheStream() {
        var report = AuditReport()
        report.audit("kind: ConfigMap\n---\nkind: Pod\nmetadata:\n  name: a\n  name: b\n", file: "s.yaml")
        #expect(report.problems.map(\.location) == [SourceLocation(line: 6, column: 3)])
        #expect(report.problems.first?.problem == .duplicateKey(key: "name", firstLine: 5))
    }

    @Test func splitterKeepsLineNumbersAndSkipsEmptyDocuments() {
        let chunks = DocumentSplitter.split("---\n# only a comment\n---\na: 1\n--- \nb: 2\n...\n")
        #expect(chunks.map(\.firstLine) == [3, 5])
        var splitter = DocumentSplitter()
        var fed: [DocumentSplitter.Chunk] = []
        for piece in ["a: ", "1\n-", "--\nb", ": 2"] { fed += splitter.feed(piece) }
        fed += splitter.finish()
        #expect(fed == DocumentSplitter.split("a: 1\n---\nb: 2"))
    }

    @Test func reportsAreTheSameBytesEveryTime() throws {
        let first = try Self.audit("mixed-stream.yaml")
        let second = try Self.audit("mixed-stream.yaml")
        #expect(first.json(Catalog(.en)) == second.json(Catalog(.en)))
        #expect(first.sarif(Catalog(.ko), version: "0") == second.sarif(Catalog(.ko), version: "0"))
    }

    @Test(arguments: ["text", "json", "sarif"])
    func outputsMatchTheirGoldenFiles(_ format: String) throws {
        var report = AuditReport()
        for name in ["colocate-stateful.fires.yaml", "conflict-port.fires.yaml", "mixed-stream.yaml", "job-classic-sidecar.fires.yaml"] {
            report.audit(try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8), file: name)
        }
        for language in Language.allCases {
            let catalog = Catalog(language)
            let output = switch format {
            case "text": report.lines(catalog).plainText
            case "json": report.json(catalog)
            default: report.sarif(catalog, version: "0.1.0")
            }
            let suffix = format == "text" ? "txt" : format
            try GoldenTests.check(output, against: "audit/report.\(language.rawValue).\(suffix)")
        }
    }

    @Test func sarifIsVersion210WithARegionPerContainer() throws {
        let report = try Self.audit("conflict-port.fires.yaml")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.sarif(Catalog(.en), version: "0").utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["region"] as? [String: Int])?["startLine"] == 19)
        #expect((location["artifactLocation"] as? [String: String])?["uri"] == "conflict-port.fires.yaml")
    }
}
