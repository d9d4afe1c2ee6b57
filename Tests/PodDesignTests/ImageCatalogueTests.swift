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
        // Fluent Bit's /api/v1/health answers only with HTTP_Server and Health_Check on, which its default
        // configuration leaves off: a probe that fails on the image as published is no fact.
        #expect(ImageCatalogue.entry(for: "fluent/fluent-bit:3.1")?.probe == nil)
    }

    /// Whether a text is a port name Kubernetes takes (IANA_SVC_NAME), written here apart from the generator's check.
    static func isPortName(_ name: String) -> Bool {
        name.count <= 15 && name.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil && name.contains(where: \.isLetter)
    }

    @Test func portNamesAreWhatKubernetesTakes() {
        #expect(["http", "postgres", "http-envoy-prom", "otlp-grpc", "x1"].allSatisfy(Self.isPortName))
        #expect(!["", "Http", "http--alt", "-http", "http-", "5432", "postgres-primary", "http_alt"].contains(where: Self.isPortName))
    }

    /// The facts a restricted pod needs, consistent across the catalogue: a `root` image has no user and names a
    /// variant the catalogue knows as not `root`, paths are absolute and apart from the data path, probe flags go
    /// with a probe, port names are valid.
    @Test func theRestrictedPodFactsAreConsistent() {
        for entry in ImageCatalogue.entries {
            #expect(entry.portName.map(Self.isPortName) ?? true, "\(entry.name): \(entry.portName ?? "")")
            #expect(!entry.root || entry.user == nil, "\(entry.name): a root image runs as no other user")
            if let variant = entry.unprivileged {
                #expect(entry.root, "\(entry.name): only a root image names an unprivileged variant")
                let other = ImageCatalogue.entry(for: variant)
                #expect(other != nil && other?.name != entry.name, "\(entry.name): \(variant) is not an entry of its own")
                #expect(other?.root == false && other?.user != nil && other?.kind == entry.kind, "\(entry.name): \(variant) must run as non-root")
                #expect(other?.portName == entry.portName, "\(entry.name): \(variant) serves the same protocol")
            }
            if let writable = entry.writable {
                #expect(Set(writable).count == writable.count, "\(entry.name)")
                #expect(writable.allSatisfy { $0.hasPrefix("/") && $0 != entry.dataPath }, "\(entry.name)")
            }
            #expect(entry.dataEnv == nil || entry.dataPath != nil, "\(entry.name): dataEnv is a subdirectory of the data path")
            #expect(entry.probeArgs.isEmpty || entry.probe != nil, "\(entry.name): probe flags need a probe")
            #expect(entry.probeArgs.allSatisfy { $0.hasPrefix("-") }, "\(entry.name)")
            #expect(entry.startupProbe == nil || entry.probe != nil, "\(entry.name)")
            #expect(entry.env.allSatisfy { $0.name.wholeMatch(of: /[A-Za-z_][A-Za-z0-9_]*/) != nil }, "\(entry.name)")
            // Every HTTP probe that needs flags is served on the port those flags set.
            if case let .http(_, port) = entry.probe, !entry.probeArgs.isEmpty {
                #expect(entry.probeArgs.contains { $0.hasSuffix(":\(port)") || $0.hasSuffix("=\(port)") }, "\(entry.name)")
            }
        }
    }

    @Test func theFactsARestrictedPodNeedsAreThere() throws {
        // postgres steps down to 999 when started as root and runs as 999 as well, given PGDATA inside the claim.
        let postgres = try #require(ImageCatalogue.entry(for: "postgres:16"))
        #expect(postgres.user == 999 && !postgres.root && postgres.portName == "postgres")
        #expect(postgres.writable?.contains("/var/run/postgresql") == true && postgres.dataEnv == "PGDATA")
        #expect(ImageCatalogue.entry(for: "postgis/postgis:16-3.4")?.dataEnv == "PGDATA")
        // nginx binds 80 as root; its unprivileged variant is an entry of its own, on 8080, writing only /tmp.
        let nginx = try #require(ImageCatalogue.entry(for: "nginx:1.27"))
        #expect(nginx.root && nginx.user == nil && nginx.unprivileged == "nginxinc/nginx-unprivileged")
        #expect(nginx.writable == ["/var/cache/nginx", "/var/run"] && nginx.ports == [80])
        let unprivileged = try #require(ImageCatalogue.entry(for: "nginxinc/nginx-unprivileged:1.27-alpine"))
        #expect(unprivileged.name == "nginx-unprivileged" && !unprivileged.root && unprivileged.user == 101)
        #expect(unprivileged.ports == [8080] && unprivileged.writable == ["/tmp"])
        #expect(ImageCatalogue.entry(for: "httpd:2.4")?.root == true)
        // cloud-sql-proxy v2 serves its health checks only with --health-check, and on the pod's address only when told.
        let proxy = try #require(ImageCatalogue.entry(for: "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0"))
        #expect(proxy.probe == .http(path: "/liveness", port: 9090) && proxy.startupProbe == .http(path: "/startup", port: 9090))
        #expect(proxy.probeArgs == ["--health-check", "--http-address=0.0.0.0", "--http-port=9090"])
        #expect(proxy.user == 65532 && proxy.writable == [] && !proxy.api)
        // v1 (gce-proxy) takes other flags: still a database proxy, with none of v2's facts.
        let v1 = try #require(ImageCatalogue.entry(for: "gcr.io/cloudsql-docker/gce-proxy:1.33.2"))
        #expect(v1.kind == .databaseProxy && v1.probe == nil && v1.probeArgs.isEmpty && v1.user == nil)
        let oauth = try #require(ImageCatalogue.entry(for: "quay.io/oauth2-proxy/oauth2-proxy:v7.6.0"))
        #expect(oauth.probe == .http(path: "/ping", port: 4180) && oauth.probeArgs == ["--http-address=0.0.0.0:4180"])
        // mysql and mariadb run as 999 (the images document --user); mysqladmin ping answers 0 without credentials.
        let mysql = try #require(ImageCatalogue.entry(for: "mysql:8.4"))
        #expect(mysql.user == 999 && !mysql.root && mysql.probe == .exec(["mysqladmin", "ping"]))
        #expect(mysql.writable == ["/var/run/mysqld", "/tmp"])
        #expect(ImageCatalogue.entry(for: "mariadb:11")?.writable == ["/run/mysqld", "/tmp"])
        // etcd listens on localhost unless told otherwise: its probe runs inside the container.
        #expect(ImageCatalogue.entry(for: "quay.io/coreos/etcd:v3.5.15")?.probe == .exec(["etcdctl", "endpoint", "health"]))
        // Users the images fix.
        let users = ["redis:7.2": 999, "valkey/valkey:8": 999, "mongo:7": 999, "rabbitmq:3.13-management": 999,
                     "envoyproxy/envoy:v1.31": 101, "hashicorp/vault:1.17": 100, "registry.k8s.io/git-sync/git-sync:v4.2.4": 65533,
                     "prom/node-exporter:v1.8.2": 65534, "memcached:1.6": 11211, "cassandra:5": 999]
        for (image, user) in users.sorted(by: { $0.key < $1.key }) {
            #expect(ImageCatalogue.entry(for: image)?.user == user, "\(image)")
        }
        #expect(ImageCatalogue.entry(for: "fluent/fluent-bit:3.1")?.user == nil)
        // What is known to be nothing differs from what is not known.
        #expect(ImageCatalogue.entry(for: "redis:7.2")?.writable == [])
        #expect(ImageCatalogue.entry(for: "rabbitmq:3.13")?.writable == nil)
        #expect(ImageCatalogue.entry(for: "fluent/fluent-bit:3.1")?.writable == nil)
        // The API: the meshes' identity and Vault's kubernetes auth need a token; reloaders watch files.
        let api = ["docker.io/istio/proxyv2:1.23.0", "cr.l5d.io/linkerd/proxy:stable-2.14.10", "hashicorp/vault:1.17"]
        #expect(api.allSatisfy { ImageCatalogue.entry(for: $0)?.api == true })
        let noAPI = ["jimmidyson/configmap-reload:v0.13.1", "quay.io/prometheus-operator/prometheus-config-reloader:v0.75.0",
                     "registry.k8s.io/git-sync/git-sync:v4.2.4", "postgres:16"]
        #expect(noAPI.allSatisfy { ImageCatalogue.entry(for: $0)?.api == false })
        // Vault's entrypoint sets a file capability unless told not to, which only root may.
        #expect(ImageCatalogue.entry(for: "hashicorp/vault:1.17")?.env.contains(EnvVariable("SKIP_SETCAP", "true")) == true)
        // Port names: the protocol, or the role.
        #expect(ImageCatalogue.entry(for: "oliver006/redis_exporter:v1.62.0")?.portName == "metrics")
        #expect(ImageCatalogue.entry(for: "docker.io/istio/proxyv2:1.23.0")?.portName == "http-envoy-prom")
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
