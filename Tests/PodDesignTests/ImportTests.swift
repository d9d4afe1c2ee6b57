import Foundation
@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing

/// `podwright import`: Compose files and manifests written for the tests, real manifests from the
/// corpus, and starter manifests of podwright itself read back into the designs that made them.
@Suite struct ImportTests {
    static let fixtures = Support.root.appendingPathComponent("Tests/PodDesignTests/ImportFixtures")

    static func load(_ url: URL, main: String? = nil, _ language: Language = .en) throws -> ImportResult {
        try Importer.design(Data(contentsOf: url), file: url.lastPathComponent, main: main, catalog: Catalog(language))
    }

    static func fixture(_ name: String, main: String? = nil) throws -> ImportResult {
        try load(fixtures.appendingPathComponent(name), main: main)
    }

    /// Each companion's placement in a word: its role when co-located (`sidecar`, `native sidecar`), its workload when apart.
    static func placements(_ result: ImportResult) throws -> [String: String] {
        let design = try DesignParser.parse(result.text, file: "imported.yaml")
        var out: [String: String] = [:]
        for item in Advisor.decide(design).companions {
            switch item.placement {
            case let .colocated(role, native, _): out[item.companion.name] = (native ? "native " : "") + role.rawValue
            case let .separate(workload): out[item.companion.name] = workload.kind.rawValue
            }
        }
        return out
    }

    static func companion(_ result: ImportResult, _ name: String) throws -> Companion {
        try #require(result.design.companions.first { $0.name == name })
    }

    /// web waits for migrate to complete, which Compose runs once: a Job, once per release.
    @Test func theWebShopOfTheIssueGivesASidecarAStatefulSetAndAJob() throws {
        let result = try Self.load(Support.root.appendingPathComponent("Resources/imports/web-shop.compose.yaml"))
        #expect(result.design.main.name == "web")
        #expect(result.design.main.ports.map(\.number) == [80])
        #expect(try Self.placements(result) == ["log-shipper": "native sidecar", "db": "StatefulSet", "migrate": "Job"])
        let shipper = try Self.companion(result, "log-shipper")
        #expect(shipper.sharedPaths == ["/var/log/shop"])
        #expect(shipper.notes[.coupling] == "volume weblogs is mounted by web and log-shipper (web-shop.compose.yaml:21)")
        let migrate = try Self.companion(result, "migrate")
        #expect(migrate.notes[.timing] == "web waits for it with service_completed_successfully (web-shop.compose.yaml:14)")
        #expect(migrate.notes[.scaling] == "web waits for it to complete, and Compose runs it once however many replicas web has (web-shop.compose.yaml:14)")
        let db = try Self.companion(result, "db")
        #expect(db.notes[.state] == "postgres:16 is a database in the image catalogue (postgres) (web-shop.compose.yaml:23)")
        #expect(db.notes[.coupling]?.hasPrefix("web reaches it over the network by name: DATABASE_URL=") == true)
        #expect(result.text.contains("#   migrate: lifecycle, coupling, state\n"))
        #expect(result.text.contains("#   log-shipper: function (from the image fluent-bit); lifecycle, scaling, state, timing\n"))
    }

    @Test func networkModeAndLocalhostMeanTightCoupling() throws {
        let result = try Self.fixture("network-mode.compose.yaml", main: "app")
        let vpn = try Self.companion(result, "vpn")
        #expect(vpn.answers.coupling == .tight)
        #expect(vpn.notes[.coupling] == "network_mode: service:vpn shares one network namespace (network-mode.compose.yaml:5)")
        let proxy = try Self.companion(result, "cache-proxy")
        #expect(proxy.answers.coupling == .tight)
        #expect(proxy.notes[.coupling] == "app reaches the other over localhost: CACHE_ADDR=localhost:6380 (network-mode.compose.yaml:7)")
        // twemproxy is an outbound proxy in the image catalogue: it listens where app dials localhost,
        // so the port it publishes is its localPort.
        #expect(proxy.answers.function == .proxyOutbound && proxy.localPort == 6380 && proxy.ports.isEmpty)
        #expect(Advisor.decide(try DesignParser.parse(result.text, file: "n.yaml")).findings.allSatisfy { $0.level != .error })
        #expect(try Self.placements(result) == ["vpn": "native sidecar", "cache-proxy": "native ambassador"])
    }

    /// A web server and its worker run one image and share a volume: two processes of one application, not a sidecar.
    @Test func servicesRunningTheSameCodeShareAVolumeButNotAPod() throws {
        let compose = """
            services:
              web:
                image: example.com/shop/app:2.0
                ports: ["8000:8000"]
                volumes: [media:/app/media]
              worker:
                image: example.com/shop/app:2.1
                command: celery -A shop worker
                volumes: [media:/app/media]
              shipper:
                image: fluent/fluent-bit:3.1
                volumes: [media:/logs]
            volumes:
              media: {}
            """
        let result = try Importer.design(Data(compose.utf8), file: "c.yaml", main: "web", catalog: Catalog(.en))
        let worker = try Self.companion(result, "worker")
        #expect(worker.answers.assumed.contains(.coupling) && worker.sharedPaths.isEmpty)
        #expect(result.notes.map(\.text).contains(
            "worker runs the same code as web and shares media with it: two processes of one application, each with a workload of its own; give the files a ReadWriteMany volume or object storage"
        ))
        #expect(try Self.companion(result, "shipper").answers.coupling == .tight, "a different image sharing the volume is still tight")
        // The shipper shares the volume with the worker too, but the worker never joins a pod that runs its own code.
        #expect(try Self.companion(result, "worker").serves == nil)
        #expect(try Self.placements(result)["worker"] == "Deployment")
    }

    /// An address for browsers (`PUBLIC_URL`, `CORS_ORIGINS`, `SITE_DOMAIN`) names localhost at the main port without
    /// connecting to it: no evidence for a pod; a plain address at that port is.
    @Test func anAddressForBrowsersIsNotALocalhostConnection() throws {
        let compose = """
            services:
              gateway:
                image: kong:3.6
                ports: ["8000:8000"]
              studio:
                image: example.com/studio:1
                environment: {PUBLIC_URL: "http://localhost:8000", CORS_ORIGINS: "http://localhost:8000"}
              poller:
                image: example.com/poller:1
                environment: {GATEWAY: "http://localhost:8000"}
            """
        let result = try Importer.design(Data(compose.utf8), file: "c.yaml", main: "gateway", catalog: Catalog(.en))
        #expect(try Self.companion(result, "studio").answers.assumed.contains(.coupling))
        #expect(try Self.companion(result, "poller").answers.coupling == .tight)
        #expect(ComposeEndpoint(host: "localhost", port: 1, written: Located("API_EXTERNAL_URL=x", at: .start)).isForBrowsers)
        #expect(!ComposeEndpoint(host: "localhost", port: 1, written: Located("DATABASE_URL=x", at: .start)).isForBrowsers)
    }

    /// Cloud SQL's proxy shares the app's network and says where it listens only on its command line.
    @Test func aProxyThatListensOnAPortItsCommandNamesGetsThatLocalPort() throws {
        let compose = """
            services:
              app:
                image: example.com/billing:5
                ports: ["8080:8080"]
                environment: {DB_HOST: 127.0.0.1, DB_PORT: "5432"}
              sql-proxy:
                image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0
                command: ["--port=5432", "acme:europe-west1:billing"]
                network_mode: service:app
            """
        let result = try Importer.design(Data(compose.utf8), file: "c.yaml", main: "app", catalog: Catalog(.en))
        #expect(try Self.companion(result, "sql-proxy").localPort == 5432)
        #expect(try Self.placements(result) == ["sql-proxy": "native ambassador"])
        #expect(ComposeImporter.listenPort(in: ["-p", "6380"]) == 6380)
        #expect(ComposeImporter.listenPort(in: ["--port", "x", "--listen-port=99999"]) == nil)
    }

    /// app publishes through the network of vpn, which it joins; neither depends on the other, so the first in the file wins.
    @Test func theMainContainerIsTheServiceThatPublishesPortsUnlessNamed() throws {
        let inferred = try Self.fixture("network-mode.compose.yaml")
        #expect(inferred.design.main.name == "app")
        #expect(Array(inferred.comments[2...3]) == [
            "Main container: app, a service no other depends on that publishes ports through the network of vpn, which it joins (network-mode.compose.yaml:3).",
            "Of app, vpn, which all fit, it comes first in the file.",
        ])
        #expect(try Self.fixture("network-mode.compose.yaml", main: "app").comments.contains("Main container: app, chosen with --main."))
        let error = #expect(throws: DesignError.self) { try Self.fixture("network-mode.compose.yaml", main: "ap") }
        #expect(error?.report(Catalog(.en)) == "network-mode.compose.yaml:1:1: --main: found 'ap', did you mean 'app'? (allowed: app, vpn, cache-proxy)")
    }

    @Test func replicasDatabaseImagesAndOwnVolumesSeparate() throws {
        let result = try Self.fixture("replicas.compose.yaml")
        #expect(result.design.main.replicas == 3)
        // metrics shares a volume with stats-writer, not with the main container: it serves stats-writer, as its adapter.
        #expect(try Self.placements(result) == [
            "worker": "Deployment", "queue": "StatefulSet", "search": "StatefulSet", "metrics": "native adapter", "stats-writer": "Deployment",
        ])
        #expect(try Self.companion(result, "metrics").serves == "stats-writer")
        #expect(try Self.companion(result, "metrics").notes[.coupling]
            == "volume stats is mounted by stats-writer and metrics (replicas.compose.yaml:24), so it serves stats-writer")
        #expect(try Self.companion(result, "worker").notes[.scaling] == "it runs 6 replicas and api runs 3 (replicas.compose.yaml:14)")
        #expect(try Self.companion(result, "queue").notes[.state] == "rabbitmq:3.13-management is a message queue in the image catalogue (rabbitmq) (replicas.compose.yaml:16)")
        #expect(try Self.companion(result, "search").notes[.state] == "named volume index is used by this service only (replicas.compose.yaml:20)")
        #expect(try Self.companion(result, "queue").notes[.coupling] == "api reaches it over the network by name: QUEUE_URL=amqp://queue:5672 (replicas.compose.yaml:9)")
        #expect(try Self.companion(result, "metrics").answers.function == .transformOutput)
        // stats-writer is the one served: nothing ties it to the main container, so its coupling stays assumed.
        #expect(try Self.companion(result, "stats-writer").answers.assumed.contains(.coupling))
    }

    @Test func unsupportedFeaturesAreNotesNotFailures() throws {
        let result = try Self.fixture("legacy-v2.compose.yaml")
        #expect(result.notes.map(\.location.description) == ["3:3", "9:5", "13:9", "20:9", "22:5"])
        #expect(result.notes.map(\.text) == [
            "restart is not carried into the design: site, content-sync",
            "site is built from ./site and names no image: the design uses site-image:latest; push the image and set it",
            "site: the port range 9000-9005:9000-9005 is not imported; list the ports you need",
            "content-sync mounts ./public at /git and site at /usr/share/nginx/html: the design shares /usr/share/nginx/html in both; point content-sync at it",
            "admin extends base from common.yml, which is missing or cannot be read: only the fields written here are read",
        ])
        // The merge key brings the defaults in; the bind mount shared with site is tight coupling.
        let sync = try Self.companion(result, "content-sync")
        #expect(sync.sharedPaths == ["/usr/share/nginx/html"])
        #expect(sync.answers.mainCodeChangeable)
        #expect(try Self.placements(result) == ["content-sync": "native sidecar", "admin": "Deployment"])
    }

    /// The exporter shares only configuration with the main container, so nothing ties it to the pod: apart, by default.
    @Test func aManifestPodGivesInitNativeSidecarAndTheOtherWorkloadsApart() throws {
        let result = try Self.fixture("manifest-pod.yaml")
        #expect(result.design.name == "orders")
        #expect(result.design.main.replicas == 4)
        #expect(result.design.main.ports.map { "\($0.number) \($0.name ?? "-")" } == ["8080 -"])
        #expect(try Self.placements(result) == [
            "copy-schema": "init", "log-shipper": "native sidecar", "metrics": "Deployment",
            "orders-db": "StatefulSet", "orders-migrate": "Job",
        ])
        #expect(try Self.companion(result, "copy-schema").sharedPaths == ["/schema"])
        // A configMap mounted by both is configuration, not a channel between them.
        #expect(try Self.companion(result, "metrics").answers.assumed.contains(.coupling))
    }

    @Test(arguments: [
        ("kubernetes+website/content/en/examples/application/job/job-sidecar.yaml", ["logshipper": "native sidecar"]),
        ("kubernetes+website/content/en/examples/pods/init-containers.yaml", ["install": "init"]),
        ("kubernetes+website/content/en/examples/application/mysql/mysql-statefulset.yaml",
         ["init-mysql": "init", "clone-mysql": "init", "xtrabackup": "native sidecar"]),
        ("kubernetes+examples/_archived/javaweb-tomcat-sidecar/javaweb.yaml", ["war": "init"]),
        ("kubernetes+website/content/en/examples/pods/multi-container/ambassador.yaml", ["ambassador-sidecar": "native sidecar"]),
    ])
    func corpusManifestsImportAndRecommend(_ path: String, _ expected: [String: String]) throws {
        let result = try Self.load(CorpusTests.corpus.appendingPathComponent(path))
        #expect(try Self.placements(result) == expected)
    }

    @Test func everyCorpusManifestWithAPodImportsToADesignThatParses() throws {
        var imported = 0
        for path in try CorpusTests.files() {
            let url = CorpusTests.corpus.appendingPathComponent(path)
            do {
                let result = try Self.load(url)
                _ = try DesignParser.parse(result.text, file: path)
                imported += 1
            } catch let error as DesignError {
                // Only the broken vllm file and the ReplicationController (no pod kind) may be refused.
                #expect(path.contains("vllm") || path.contains("es-rc"), "\(path): \(error.report(Catalog(.en)))")
            }
        }
        #expect(imported >= 70)
    }

    /// Designs whose starter manifests are read back: every example, and every answer combination.
    static func roundTripDesigns() throws -> [Design] {
        var designs = try Support.exampleNames.map(Support.example)
        for answers in AnswerSpace.all {
            designs.append(Support.design(answers, ports: [9000]))
            var settled = Support.design(answers, ports: [9000])
            settled.security = .baseline
            settled.main.workload = .stateful
            settled.main.settings = DesignWriterTests.settings
            settled.companions[0].settings = ContainerSettings(
                command: ["helper"], args: ["--port", "9100"], env: [EnvVariable("MODE", "on")], secretEnv: ["TOKEN"],
                dataPath: "/srv/helper", security: .restricted,
                probe: ContainerProbe(check: .exec(["helper", "--check"]), retries: 5, startPeriod: 20),
                resources: ContainerResources(limits: ResourceAmounts(cpu: "0.5", memory: "64Mi"))
            )
            designs.append(settled)
        }
        var assumed = try Support.example("log-shipper")
        assumed.companions[0].answers.assumed = [.state, .function]
        designs.append(assumed)
        return designs
    }

    @Test func composeCommandEntrypointAndEnvironmentBecomeSettings() throws {
        let compose = """
            services:
              web:
                image: shop/web:1
                entrypoint: [gunicorn]
                command: shop.wsgi --bind 0.0.0.0:8080
                environment:
                  PORT: 8080
                  FROM_SHELL:
              worker:
                image: shop/web:1
                command: ["python", "worker.py"]
                environment: [MODE=worker, "URL=http://x/?a=b"]
            """
        let result = try Importer.design(Data(compose.utf8), file: "c.yaml", main: "web", catalog: Catalog(.en))
        let design = try DesignParser.parse(result.text, file: "back.yaml")
        #expect(design.main.settings == ContainerSettings(
            command: ["gunicorn"], args: ["shop.wsgi", "--bind", "0.0.0.0:8080"], env: [EnvVariable("PORT", "8080")]
        ))
        #expect(design.companions[0].settings == ContainerSettings(
            args: ["python", "worker.py"], env: [EnvVariable("MODE", "worker"), EnvVariable("URL", "http://x/?a=b")]
        ))
    }

    @Test func aManifestsEnvAndSecretRefsBecomeSettings() throws {
        let manifest = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: shop}
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: shop/web:1
                      command: [gunicorn]
                      args: [shop.wsgi]
                      env:
                        - {name: A, value: "1"}
                        - name: PASSWORD
                          valueFrom: {secretKeyRef: {name: db, key: password}}
                        - name: NODE
                          valueFrom: {fieldRef: {fieldPath: spec.nodeName}}
                        - {name: A, value: "2"}
            """
        let result = try Importer.design(Data(manifest.utf8), file: "m.yaml", main: nil, catalog: Catalog(.en))
        let design = try DesignParser.parse(result.text, file: "back.yaml")
        #expect(design.main.settings == ContainerSettings(
            command: ["gunicorn"], args: ["shop.wsgi"], env: [EnvVariable("A", "2")], secretEnv: ["PASSWORD"]
        ))
    }

    @Test func aStarterManifestFromPodwrightGivesBackItsDesign() throws {
        for design in try Self.roundTripDesigns() {
            let decision = Advisor.decide(design)
            guard !decision.hasErrors else { continue }
            let manifest = StarterManifest(decision, catalog: Catalog(.en)).yaml()
            let result = try Importer.design(Data(manifest.utf8), file: "manifest.yaml", main: nil, catalog: Catalog(.en))
            let back = try DesignParser.parse(result.text, file: "back.yaml")
            #expect(Self.comparable(back) == Self.comparable(design), "\(design.name): \(result.text)")
            #expect(Advisor.decide(back).companions.map(\.placement) == decision.companions.map(\.placement))
        }
    }

    /// A design without what a file's layout decides (locations, notes), for comparing.
    static func comparable(_ design: Design) -> Design {
        var design = design
        design.sidecarStyleLocation = .start
        design.main.location = .start
        // A port the design leaves unnamed is named in the manifest where a name is conventional (8080 is `http`):
        // the same manifest, so the same design.
        design.main.ports = StarterManifest.namedPorts(design.main.ports, image: design.main.image).map {
            Port(number: $0.number, name: $0.name, proto: $0.proto)
        }
        design.companions = design.companions.map { companion in
            Companion(
                name: companion.name, image: companion.image, serves: companion.serves, answers: companion.answers,
                sharedPaths: companion.sharedPaths,
                ports: StarterManifest.namedPorts(companion.ports, image: companion.image).map {
                    Port(number: $0.number, name: $0.name, proto: $0.proto)
                },
                localPort: companion.localPort, upstream: companion.upstream, settings: companion.settings
            )
        }
        return design
    }

    @Test func badInputIsOneLine() throws {
        func report(_ text: String) -> String? {
            do {
                _ = try Importer.design(Data(text.utf8), file: "in.yaml", main: nil, catalog: Catalog(.en))
                return nil
            } catch {
                return error.report(Catalog(.en))
            }
        }
        #expect(report("podwright: 1\nname: x\n") == "in.yaml:1:1: " + Catalog(.en)[.importErrorNotImportable])
        #expect(report("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n") == "in.yaml:1:1: " + Catalog(.en)[.importErrorNoPod])
        #expect(report("services:\n  web:\n    image: [nginx\n") == "in.yaml:4:1: not valid YAML: did not find expected ',' or ']'")
        #expect(report("services: [web]\n") == "in.yaml:1:11: services: found a list, expected a mapping of fields")
        #expect(report("services:\n  web:\n    ports: [\"eighty\"]\n") == "in.yaml:3:13: services.web.ports: found 'eighty', expected a port number or a mapping with port, name and protocol")
        #expect(report("") == "in.yaml:1:1: " + Catalog(.en)[.importErrorNothing])
        #expect(report(String(repeating: "#", count: Importer.maxBytes + 1))
            == "in.yaml:1:1: the file is larger than 16777216 bytes (16 MiB), the most import reads")
    }
}

/// A Compose command written as one string is split into words as a shell does.
@Suite struct ShellWordsTests {
    @Test(arguments: [
        ("sh -c \"yarn install && yarn run dev\"", ["sh", "-c", "yarn install && yarn run dev"]),
        ("supervisord -c '/etc/a b.conf'", ["supervisord", "-c", "/etc/a b.conf"]),
        ("  echo   a\\ b  \"\" ", ["echo", "a b", ""]),
        ("echo \"say \\\"hi\\\" \\n\"", ["echo", "say \"hi\" \\n"]),
        ("minio server /data --console-address \":9001\"", ["minio", "server", "/data", "--console-address", ":9001"]),
        ("echo 'unclosed quote", ["echo", "unclosed quote"]),
    ])
    func commandStringsSplitAsAShellDoes(_ text: String, _ words: [String]) {
        #expect(ShellWords.split(text) == words)
    }
}
