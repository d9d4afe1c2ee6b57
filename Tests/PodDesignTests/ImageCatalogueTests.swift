import Foundation
@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing

/// The image catalogue (Resources/images.yaml): its facts, how images match it, the answers assumed
/// from it or from the articles' default, and the warning when a given answer contradicts it.
@Suite struct ImageCatalogueTests {
    /// The images the issue asks the catalogue to know, as references people write.
    static let required = [
        "postgres:16", "mysql:8.4", "mariadb:11", "mongo:7", "redis:7.2", "valkey/valkey:8", "memcached:1.6",
        "rabbitmq:3.13-management", "apache/kafka:3.8.0", "redpandadata/redpanda:v24.2.1", "zookeeper:3.9", "nats:2.10",
        "docker.elastic.co/elasticsearch/elasticsearch:8.15.0", "opensearchproject/opensearch:2.16.0", "cassandra:5",
        "clickhouse/clickhouse-server:24.8", "quay.io/coreos/etcd:v3.5.15", "mcr.microsoft.com/mssql/server:2022-latest",
        "mcr.microsoft.com/azure-sql-edge:latest", "fluent/fluent-bit:3.1", "fluent/fluentd:v1.17", "timberio/vector:0.40.0-debian",
        "grafana/promtail:3.1.0", "docker.elastic.co/beats/filebeat:8.15.0", "envoyproxy/envoy:v1.31", "docker.io/istio/proxyv2:1.23.0",
        "cr.l5d.io/linkerd/proxy:stable-2.14.10", "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0", "bitnami/pgbouncer:1.23.1",
        "ghcr.io/example/twemproxy:0.5", "quay.io/oauth2-proxy/oauth2-proxy:v7.6.0", "hashicorp/vault:1.17",
        "registry.k8s.io/git-sync/git-sync:v4.2.4", "prom/node-exporter:v1.8.2", "oliver006/redis_exporter:v1.62.0",
    ]

    @Test(arguments: required)
    func everyRequiredImageIsKnown(_ image: String) {
        #expect(ImageCatalogue.entry(for: image) != nil, "\(image)")
    }

    @Test func everyEntryHasSensibleFacts() {
        var names = Set<String>()
        for entry in ImageCatalogue.entries {
            #expect(names.insert(entry.name).inserted, "\(entry.name) twice")
            #expect(!entry.match.isEmpty)
            #expect(entry.dataPath.map { $0.hasPrefix("/") } ?? true, "\(entry.name)")
            #expect(entry.ports.allSatisfy { (1...65535).contains($0) }, "\(entry.name)")
            #expect(entry.user.map { $0 >= 0 } ?? true)
            switch entry.probe {
            case let .exec(command): #expect(!command.isEmpty)
            case let .http(path, port): #expect(path.hasPrefix("/") && (1...65535).contains(port))
            case let .tcp(port): #expect((1...65535).contains(port))
            case nil: break
            }
            // Only what the image itself says: never how it relates to the main application.
            #expect(entry.answers[.lifecycle] == nil && entry.answers[.coupling] == nil && entry.answers[.mainCodeChangeable] == nil)
            // Every answer is one of its question's choices, and a store is stateful or a cache is not.
            for (question, answers) in entry.answers { #expect(answers.allSatisfy { $0.question == question }) }
            switch entry.kind {
            case .database, .queue: #expect(entry.assumed(.state) == .state(.stateful), "\(entry.name)")
            case .cache: #expect(entry.assumed(.state) == .state(.stateless))
            case .reverseProxy: #expect(!entry.kind.isHelper && entry.answers.isEmpty, "\(entry.name)")
            default: #expect(entry.kind.isHelper && entry.answers[.state] == nil, "\(entry.name)")
            }
        }
        // The facts the spec names, checked one by one.
        let postgres = ImageCatalogue.entry(for: "postgres:16")
        #expect(postgres?.dataPath == "/var/lib/postgresql/data" && postgres?.ports == [5432] && postgres?.user == 999)
        #expect(ImageCatalogue.entry(for: "mysql:8")?.dataPath == "/var/lib/mysql")
        #expect(ImageCatalogue.entry(for: "redis:7")?.dataPath == "/data")
        #expect(ImageCatalogue.entry(for: "mongo:7")?.dataPath == "/data/db")
        #expect(ImageCatalogue.entry(for: "fluent/fluent-bit:3.1")?.probe == .http(path: "/api/v1/health", port: 2020))
    }

    @Test func matchingIgnoresRegistryTagAndDigestAndTellsLookalikesApart() {
        #expect(ImageCatalogue.entry(for: "docker.io/library/postgres@sha256:abc")?.name == "postgres")
        #expect(ImageCatalogue.entry(for: "registry:5000/team/redis:7")?.name == "redis")
        #expect(ImageCatalogue.entry(for: "nginx/nginx-prometheus-exporter:1.3")?.name == "exporter")
        #expect(ImageCatalogue.entry(for: "nginxinc/nginx-unprivileged:1.27")?.kind == .reverseProxy)
        #expect(ImageCatalogue.entry(for: "traefik:v3.0")?.kind == .reverseProxy)
        #expect(ImageCatalogue.entry(for: "mcr.microsoft.com/mssql/server:2022-latest")?.name == "mssql")
        #expect(ImageCatalogue.entry(for: "ghcr.io/example/server:1") == nil)
        #expect(ImageCatalogue.entry(for: "ghcr.io/example/proxy:1") == nil)
        #expect(ImageCatalogue.entry(for: "postgres-operator:1") == nil)
        #expect(ImageCatalogue.entry(for: "example/redis-commander:1") == nil)
    }

    static func design(_ companion: String) throws -> Design {
        try Support.parse("podwright: 1\nname: shop\nmain: {name: web, image: nginx:1.27, ports: [80]}\ncompanions:\n" + companion)
    }

    @Test func anUnknownImageTakesTheDefaultsAndIsPlacedApart() throws {
        let design = try Self.design("  - {name: helper, image: ghcr.io/example/helper:1.0}\n")
        let companion = design.companions[0]
        #expect(companion.answers.lifecycle == .independent && companion.answers.coupling == .loose)
        #expect(Question.allCases.allSatisfy { companion.assumption($0) == .articlesDefault })
        let item = Advisor.decide(design).companions[0]
        #expect(item.rule == .separateIndependent && item.placement == .separate(.deployment))
        let record = DecisionRecord(Advisor.decide(design), catalog: Catalog(.en)).markdown()
        #expect(record.contains("| lifecycle | **independent (assumed: the default)** |"), "\(record)")
        #expect(record.contains("Assumed by default (not in the design file; one container per pod is the default"))
    }

    @Test func aKnownImageIsAssumedFromTheCatalogueAndSaysSo() throws {
        let design = try Self.design("  - {name: db, image: postgres:16}\n")
        let companion = design.companions[0]
        #expect(companion.answers.state == .stateful)
        #expect(companion.assumption(.state) == .image("postgres"))
        #expect(companion.assumption(.lifecycle) == .articlesDefault)
        let decision = Advisor.decide(design)
        #expect(decision.companions[0].rule == .separateStateful)
        #expect(decision.findings.isEmpty)
        let record = DecisionRecord(decision, catalog: Catalog(.en)).markdown()
        #expect(record.contains("| state | **stateful (assumed from the image postgres)** |"))
        #expect(record.contains("Assumed from the image postgres (not in the design file; the image catalogue says so): state."))
        let header = StarterManifest(decision, catalog: Catalog(.en)).yaml()
        #expect(header.contains("# db: assumed from the image postgres: state=stateful\n"))
        #expect(header.contains("# db: assumed by default (not in the design file; one container per pod): lifecycle=independent, coupling=loose,"))
        let korean = StarterManifest(decision, catalog: Catalog(.ko)).yaml()
        #expect(korean.contains("# db: 이미지 postgres에서 가정한 값 state=stateful\n"))
    }

    @Test func aGivenAnswerThatContradictsTheImageIsWarnedAtItsLine() throws {
        let design = try Self.design("  - name: db\n    image: postgres:16\n    state: stateless\n")
        let finding = try #require(Advisor.decide(design).findings.first)
        #expect(finding.check == .answerContradictsImage && finding.level == .warning)
        #expect(finding.location == SourceLocation(line: 7, column: 12))
        #expect(finding.message(Catalog(.en)) == "db runs postgres, which the image catalogue knows as a database: state is stateful for it, but the design file answers stateless. Check the answer, or the image")
        // An answer among those that fit is no contradiction (Fluent Bit may ship or adapt logs).
        let adapter = try Self.design("  - {name: logs, image: fluent/fluent-bit:3.1, lifecycle: same, function: transform-output, sharedPaths: [/l]}\n")
        #expect(Advisor.decide(adapter).findings.allSatisfy { $0.check != .answerContradictsImage })
        let exporter = try Self.design("  - {name: metrics, image: prom/node-exporter:1, coupling: tight, function: extend, ports: [9100]}\n")
        #expect(Advisor.decide(exporter).findings.map(\.check) == [.answerContradictsImage])
    }

    /// A step that runs once before the main container uses a database image as a client (a `psql` migration):
    /// the image's `state` is not assumed for it, and `stateless` given there is no contradiction.
    @Test func aStepBeforeTheMainContainerIsNotAssumedStatefulFromItsImage() throws {
        let design = try Self.design("  - {name: migrate, image: postgres:16, timing: before-main, lifecycle: same, coupling: tight}\n")
        let decision = Advisor.decide(design)
        #expect(decision.companions[0].placement.role == .initContainer)
        #expect(design.companions[0].assumption(.state) == .articlesDefault)
        let stated = try Self.design("  - {name: migrate, image: postgres:16, timing: before-main, state: stateless, lifecycle: same}\n")
        #expect(Advisor.decide(stated).findings.allSatisfy { $0.check != .answerContradictsImage })
        #expect(Companion.assumedAnswer(.state, image: "postgres:16", timing: .beforeMain) == .state(.stateless))
        #expect(Companion.assumedAnswer(.state, image: "postgres:16", timing: .alongside) == .state(.stateful))
    }

    @Test func auditStillWarnsAboutAPostgresBesideTheApplication() {
        let manifest = """
        apiVersion: v1
        kind: Pod
        metadata: {name: shop}
        spec:
          containers:
            - {name: web, image: nginx:1.27}
            - {name: db, image: docker.io/library/postgres:16}
        """
        var report = AuditReport(target: .newest)
        report.audit(manifest, file: "pod.yaml")
        #expect(report.findings.map(\.check) == [.colocateStateful, .colocateNoChannel])
        #expect(report.findings.first?.container == "db")
    }

    @Test func importInfersWhatTheCatalogueFixes() throws {
        let compose = """
        services:
          api:
            image: ghcr.io/example/api:1.0
            ports: ["8080:8080"]
          sql-proxy:
            image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0
          sync:
            image: registry.k8s.io/git-sync/git-sync:v4.2.4
        """
        let result = try Importer.design(Data(compose.utf8), file: "compose.yaml", main: nil, catalog: Catalog(.en))
        let proxy = try #require(result.design.companions.first { $0.name == "sql-proxy" })
        #expect(proxy.answers.function == .proxyOutbound && !proxy.answers.assumed.contains(.function))
        #expect(proxy.notes[.function] == "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0 is a database proxy in the image catalogue (cloud-sql-proxy) (compose.yaml:6)")
        // git-sync runs alongside or once before: the catalogue allows both, so timing stays assumed, from the image.
        let sync = try #require(result.design.companions.first { $0.name == "sync" })
        #expect(sync.answers.assumed.contains(.timing) && sync.assumption(.timing) == .image("git-sync"))
        #expect(result.text.contains("#   sync: timing (from the image git-sync); lifecycle, coupling, scaling, mainCodeChangeable, state\n"))
    }
}
