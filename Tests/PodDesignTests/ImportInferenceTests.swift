import Foundation
@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing

/// `podwright import` carrying a whole application over: the main service found from the dependency graph, every other
/// service in a pod of its own unless evidence ties it to another (then it `serves` it), and each container's
/// command, environment, secrets, ports and data path; what cannot be carried is a note.
@Suite struct ImportInferenceTests {
    static func compose(_ text: String, main: String? = nil, _ language: Language = .en) throws -> ImportResult {
        try Importer.design(Data(text.utf8), file: "c.yaml", main: main, catalog: Catalog(language))
    }

    static func wholeApp(_ language: Language = .en) throws -> ImportResult {
        try ImportTests.load(ImportTests.fixtures.appendingPathComponent("whole-app.compose.yaml"), language)
    }

    /// The design parses back and the engine places it without an error.
    static func decided(_ result: ImportResult) throws -> Decision {
        let decision = Advisor.decide(try DesignParser.parse(result.text, file: "imported.yaml"))
        #expect(!decision.hasErrors, "\(result.text)")
        return decision
    }

    // MARK: The main service

    /// One Compose file per way of choosing, with the comment lines that say why, in English and Korean.
    static let mainCases: [(compose: String, main: String, english: [String], korean: [String])] = [
        ("""
        services:
          cache: {image: "redis:7", ports: ["6379:6379"]}
          web: {image: "ghcr.io/example/web:1", ports: ["80:80"], depends_on: [cache]}
        """, "web", [
            "Main container: web, a service no other depends on that publishes ports (c.yaml:3).",
            "Not chosen although they publish ports: cache, which the image catalogue knows as databases, queues, proxies or helpers, or which run once.",
        ], [
            "메인 컨테이너: web. 다른 서비스가 의존하지 않으면서 포트를 공개하는 서비스입니다(c.yaml:3).",
            "포트를 공개하지만 고르지 않은 서비스: cache. 이미지 카탈로그가 아는 데이터베이스, 큐, 프록시, 도우미이거나 한 번만 실행되는 단계입니다.",
        ]),
        ("""
        services:
          admin: {image: "ghcr.io/example/admin:1", ports: ["81:80"]}
          web: {build: ./web, image: "ghcr.io/example/web:1", ports: ["80:80"]}
        """, "web", [
            "Main container: web, a service no other depends on that publishes ports (c.yaml:3).",
            "Of admin, web, which all fit, it is the one built here (build ./web).",
        ], [
            "메인 컨테이너: web. 다른 서비스가 의존하지 않으면서 포트를 공개하는 서비스입니다(c.yaml:3).",
            "조건에 맞는 서비스(admin, web) 가운데 여기서 빌드하는 서비스입니다(build ./web).",
        ]),
        ("""
        services:
          proxy: {image: "nginx:1.27", ports: ["80:80"], depends_on: [app, api]}
          app: {image: "ghcr.io/example/app:1"}
          api: {image: "ghcr.io/example/api:1"}
        """, "app", [
            "Main container: app, the first of the services that proxy, a web server or reverse proxy, only fronts (c.yaml:2).",
            "Of app, api, which all fit, it comes first in the file.",
        ], [
            "메인 컨테이너: app. 웹 서버 또는 리버스 프록시인 proxy 서비스가 앞에서 받아 넘겨 주기만 하는 서비스 가운데 첫 번째입니다(c.yaml:2).",
            "조건에 맞는 서비스(app, api) 가운데 파일에서 가장 먼저 나옵니다.",
        ]),
        ("""
        services:
          vpn: {image: "ghcr.io/example/vpn:1", ports: ["8080:8080"]}
          torrent: {image: "ghcr.io/example/torrent:1", network_mode: "service:vpn", depends_on: [vpn]}
        """, "torrent", [
            "Main container: torrent, a service no other depends on that publishes ports through the network of vpn, which it joins (c.yaml:3).",
        ], [
            "메인 컨테이너: torrent. 다른 서비스가 의존하지 않으며, 함께 쓰는 vpn 서비스의 네트워크를 통해 포트를 공개합니다(c.yaml:3).",
        ]),
        ("""
        services:
          hub: {image: "ghcr.io/example/hub:1", network_mode: host}
          broker: {image: "ghcr.io/example/broker:1", ports: ["1883:1883"]}
          bridge: {image: "ghcr.io/example/bridge:1", depends_on: [broker]}
        """, "hub", [
            "Main container: hub, a service no other depends on, on the host's network (c.yaml:2).",
        ], [
            "메인 컨테이너: hub. 다른 서비스가 의존하지 않으며 호스트 네트워크를 씁니다(c.yaml:2).",
        ]),
        ("""
        services:
          server: {image: "ghcr.io/example/server:1", ports: ["80:80"]}
          runner: {image: "ghcr.io/example/runner:1", depends_on: [server]}
        """, "server", [
            "Main container: server, a service that publishes ports and that no other service publishing ports depends on (c.yaml:2).",
        ], [
            "메인 컨테이너: server. 포트를 공개하는 서비스 가운데, 포트를 공개하는 다른 서비스가 의존하지 않는 서비스입니다(c.yaml:2).",
        ]),
        ("""
        services:
          queue: {image: "rabbitmq:3"}
          worker: {image: "ghcr.io/example/worker:1", depends_on: [queue]}
        """, "worker", [
            "Main container: worker, a service no other depends on; none of them publishes ports (c.yaml:3).",
        ], [
            "메인 컨테이너: worker. 다른 서비스가 의존하지 않는 서비스입니다. 포트를 공개하는 서비스는 없습니다(c.yaml:3).",
        ]),
        ("""
        services:
          a: {image: "ghcr.io/example/a:1", links: ["b:backend"]}
          b: {image: "ghcr.io/example/b:1", depends_on: [a]}
        """, "a", [
            "Main container: a, the first service that is not a database, queue, proxy or one-off step (c.yaml:2).",
            "Of a, b, which all fit, it comes first in the file.",
        ], [
            "메인 컨테이너: a. 데이터베이스, 큐, 프록시, 일회성 단계가 아닌 첫 서비스입니다(c.yaml:2).",
            "조건에 맞는 서비스(a, b) 가운데 파일에서 가장 먼저 나옵니다.",
        ]),
    ]

    /// The comment lines about the main container: those after the two header lines, before the assumed answers.
    static func mainComments(_ result: ImportResult, _ language: Language = .en) -> [String] {
        let catalog = Catalog(language)
        let assumed = catalog[.importHeaderAssumed, ["file": "c.yaml"]]
        return Array(result.comments.dropFirst(2).prefix { $0 != assumed && $0 != catalog[.importHeaderNone] })
    }

    @Test(arguments: mainCases.indices)
    func theMainServiceComesFromTheDependencyGraphAndTheCommentSaysWhy(_ index: Int) throws {
        let item = Self.mainCases[index]
        let english = try Self.compose(item.compose)
        #expect(english.design.main.name == item.main)
        #expect(Self.mainComments(english) == item.english)
        #expect(Self.mainComments(try Self.compose(item.compose, .ko), .ko) == item.korean)
        _ = try Self.decided(english)
    }

    /// A web server that is built here, or that serves the app's files from a shared volume, is the application's
    /// own front, not only a proxy: it stays the main service.
    @Test func aWebServerBuiltHereOrSharingTheAppsFilesStaysTheMainService() throws {
        #expect(try Self.compose("""
            services:
              nginx: {build: ./nginx, image: "example.com/site/nginx:1", ports: ["80:80"], depends_on: [app]}
              app: {image: "example.com/site/app:1"}
            """).design.main.name == "nginx")
        #expect(try Self.compose("""
            services:
              web: {image: "nginx:1.27", ports: ["80:80"], depends_on: [app], volumes: ["html:/var/www/html:ro"]}
              app: {image: "example.com/site/fpm:1", volumes: ["html:/var/www/html"]}
            volumes: {html: {}}
            """).design.main.name == "web")
        // traefik routes by labels, depending on nothing: it is the application here.
        #expect(try Self.compose("""
            services:
              whoami: {image: "traefik/whoami:1"}
              traefik: {image: "traefik:v3.0", ports: ["80:80"]}
            """).design.main.name == "traefik")
    }

    @Test func mainStillDecidesAndTheWebShopKeepsItsMain() throws {
        let cache = "services:\n  cache: {image: \"redis:7\", ports: [\"6379:6379\"]}\n  web: {image: \"x/web:1\", ports: [\"80:80\"]}\n"
        #expect(try Self.compose(cache, main: "cache").design.main.name == "cache")
        #expect(try Self.compose(cache).design.main.name == "web")
        let shop = try ImportTests.load(Support.root.appendingPathComponent("Resources/imports/web-shop.compose.yaml"))
        #expect(shop.comments[2] == "Main container: web, a service no other depends on that publishes ports (web-shop.compose.yaml:4).")
        #expect(shop.comments[3].hasPrefix("Assumed"))
    }

    // MARK: Which pod each service joins

    @Test func everyServiceIsItsOwnWorkloadUnlessEvidenceTiesItToAnotherWhichItThenServes() throws {
        let result = try Self.wholeApp()
        let decision = try Self.decided(result)
        let design = result.design
        #expect(design.companions.map { "\($0.name)→\(design.served(by: $0))" } == [
            "web-metrics→web", "spool-shipper→web", "api→web", "api-logs→api", "db→web", "cache→web",
        ])
        #expect(decision.pods.map(\.host) == ["web", "api", "db", "cache"])
        #expect(decision.pod.companions.map(\.companion.name) == ["web-metrics", "spool-shipper"])
        #expect(decision.pod(hostedBy: "api")?.companions.map(\.companion.name) == ["api-logs"])
        // A log shipper sharing a volume with api serves api: the note says why and whom.
        let apiLogs = try ImportTests.companion(result, "api-logs")
        #expect(apiLogs.serves == "api" && apiLogs.sharedPaths == ["/var/log/api"])
        #expect(apiLogs.notes[.coupling] == "volume api-logs is mounted by api and api-logs (whole-app.compose.yaml:41), so it serves api")
        #expect(apiLogs.notes[.mainCodeChangeable] == "api is built from source here: build ./api (whole-app.compose.yaml:28)")
        // spool-shipper shares a volume with web-metrics, which is in web's pod: it serves web, and both mount the path.
        let shipper = try ImportTests.companion(result, "spool-shipper")
        #expect(shipper.serves == nil && shipper.sharedPaths == ["/spool"])
        #expect(shipper.notes[.coupling]
            == "volume agent-spool is mounted by web-metrics and spool-shipper (whole-app.compose.yaml:26); web-metrics is in the pod of web, so it serves web")
        #expect(try ImportTests.companion(result, "web-metrics").sharedPaths == ["/spool"])
        #expect(try ImportTests.companion(result, "web-metrics").notes[.coupling]
            == "network_mode: service:web shares one network namespace (whole-app.compose.yaml:22)")
    }

    @Test func theNotesThatSayWhomACompanionServesAreInKoreanToo() throws {
        let result = try Self.wholeApp(.ko)
        #expect(try ImportTests.companion(result, "api-logs").notes[.coupling]
            == "볼륨 api-logs을(를) api과(와) api-logs이(가) 함께 마운트합니다(whole-app.compose.yaml:41). 그래서 api 컨테이너를 돕습니다")
        #expect(try ImportTests.companion(result, "spool-shipper").notes[.coupling]
            == "볼륨 agent-spool을(를) web-metrics과(와) spool-shipper이(가) 함께 마운트합니다(whole-app.compose.yaml:26). web-metrics 컨테이너가 web 파드에 있으므로 web 컨테이너를 돕습니다")
    }

    /// spool-shipper is tied to worker, which is tied to web but runs more replicas: worker is placed apart, so
    /// spool-shipper (one per worker) serves worker rather than joining web's pod.
    @Test func aPartnerPlacedApartIsServedItself() throws {
        let result = try Self.compose("""
            services:
              web: {image: "x/web:1", ports: ["80:80"], volumes: ["jobs:/jobs"]}
              worker: {image: "x/worker:1", deploy: {replicas: 3}, volumes: ["jobs:/jobs", "spool:/spool"]}
              spool-shipper: {image: "fluent/fluent-bit:3.1", deploy: {replicas: 3}, volumes: ["spool:/spool:ro"]}
            volumes: {jobs: {}, spool: {}}
            """)
        let decision = try Self.decided(result)
        #expect(try ImportTests.companion(result, "worker").serves == nil)
        #expect(try ImportTests.companion(result, "worker").answers.scaling == .independent)
        let shipper = try ImportTests.companion(result, "spool-shipper")
        #expect(shipper.serves == "worker")
        #expect(shipper.notes[.coupling] == "volume spool is mounted by worker and spool-shipper (c.yaml:4), so it serves worker")
        #expect(decision.pod(hostedBy: "worker")?.companions.map(\.companion.name) == ["spool-shipper"])
    }

    /// A volume both mount read-only, one a database keeps its data in, or one shared by the same code, is no channel
    /// between them; localhost counts only at a port the other listens on.
    @Test func weakSignsDoNotShareAPod() throws {
        let result = try Self.compose("""
            services:
              web: {image: "x/web:1", ports: ["80:80"], environment: {SELF_URL: "http://localhost:80", CACHE: "localhost:6380"},
                    volumes: ["/etc/localtime:/etc/localtime:ro", "pgdata:/backup"]}
              clock: {image: "x/clock:1", volumes: ["/etc/localtime:/etc/localtime:ro"]}
              db: {image: "postgres:16", volumes: ["pgdata:/var/lib/postgresql/data"]}
              admin: {image: "x/admin:1", expose: ["8080"]}
              cache-proxy: {image: "x/cache-proxy:1", expose: ["6380"]}
            volumes: {pgdata: {}}
            """)
        let decision = try Self.decided(result)
        #expect(try ImportTests.placements(result) == [
            "clock": "Deployment", "db": "StatefulSet", "admin": "Deployment", "cache-proxy": "native sidecar",
        ])
        // web's localhost:80 is its own port; localhost:6380 is cache-proxy's, which joins web's pod.
        #expect(try ImportTests.companion(result, "cache-proxy").notes[.coupling]
            == "web reaches the other over localhost: CACHE=localhost:6380 (c.yaml:2)")
        #expect(decision.pod.companions.map(\.companion.name) == ["cache-proxy"])
    }

    @Test func everyRealAppImportsToADesignTheEngineAccepts() throws {
        let apps = Support.root.appendingPathComponent("Tests/RealApps/apps")
        var imported = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: apps.path).sorted() {
            let url = apps.appendingPathComponent(name).appendingPathComponent("compose.yaml")
            guard let result = try? ImportTests.load(url) else { continue }
            _ = try Self.decided(result)
            imported += 1
        }
        #expect(imported >= 39)
    }

    // MARK: What each container carries

    @Test func commandEnvironmentSecretsPortsAndDataPathAreCarried() throws {
        let result = try Self.wholeApp()
        let design = result.design
        #expect(design.main.settings.env.map(\.name) == ["API_URL", "AWS_ACCESS_KEY_ID", "TLS_KEY_FILE"])
        #expect(design.main.settings.secretEnv == ["SESSION_SECRET"])
        let api = try ImportTests.companion(result, "api")
        #expect(api.settings.command == ["/app/api"] && api.settings.args == ["--listen", ":9000"])
        #expect(api.settings.secretEnv == ["DB_PASSWORD"], "a name Compose takes from the shell is a secret too")
        // Ports named by others: the database URL, REDIS_HOST with REDIS_PORT, and web's API_URL.
        #expect(api.ports.map(\.number) == [9000])
        #expect(try ImportTests.companion(result, "db").ports.map(\.number) == [3306])
        #expect(try ImportTests.companion(result, "cache").ports.map(\.number) == [6379])
        // The database's named volume is its data path; its configuration file is not.
        let db = try ImportTests.companion(result, "db")
        #expect(db.settings.dataPath == "/var/lib/mysql" && db.settings.secretEnv == ["MYSQL_ROOT_PASSWORD"])
        #expect(try ImportTests.companion(result, "cache").settings.dataPath == nil)
        let back = try DesignParser.parse(result.text, file: "back.yaml")
        #expect(back.companions.map(\.settings) == design.companions.map(\.settings))
    }

    /// A URL with a password in it is a secret whatever its name: the variable goes to `secretEnv`, and the comment
    /// that quotes it as evidence shows `***` for the password.
    @Test func aURLWithAPasswordIsCarriedAsASecret() throws {
        let compose = """
        services:
          web:
            image: ghcr.io/example/web:1
            ports: ["80:80"]
            environment:
              DATABASE_URL: postgres://shop:s3cret@db:5432/shop
              CACHE_URL: redis://cache:6379/0
            depends_on: [db, cache]
          db: {image: "postgres:16"}
          cache: {image: "redis:7"}
        """
        let result = try Importer.design(Data(compose.utf8), file: "c.yaml", main: nil, catalog: Catalog(.en))
        #expect(result.design.main.settings.env.map(\.name) == ["CACHE_URL"])
        #expect(result.design.main.settings.secretEnv == ["DATABASE_URL"])
        #expect(!result.text.contains("s3cret"))
        #expect(result.text.contains("DATABASE_URL=postgres://shop:***@db:5432/shop"))
        _ = try Self.decided(result)
    }

    @Test func whatCannotBeCarriedIsANoteWithItsPlace() throws {
        let result = try Self.wholeApp()
        #expect(result.notes.map { "\($0.location): \($0.text)" } == [
            "10:7: web: variables that look like secrets or hold a URL with a password (SESSION_SECRET) are listed in secretEnv, to be read from a Secret; their values are not carried",
            "36:7: api: variables that look like secrets or hold a URL with a password (DB_PASSWORD) are listed in secretEnv, to be read from a Secret; their values are not carried",
            "41:15: api-logs mounts api-logs at /logs and api at /var/log/api: the design shares /var/log/api in both; point api-logs at it",
            "45:7: db: variables that look like secrets or hold a URL with a password (MYSQL_ROOT_PASSWORD) are listed in secretEnv, to be read from a Secret; their values are not carried",
            "47:39: db: not carried into the design: the host's ./my.cnf at /etc/mysql/conf.d/my.cnf (a file or folder of the host: put configuration in a ConfigMap or Secret, or into the image)",
        ])
        let korean = try Self.wholeApp(.ko).notes.map(\.text)
        #expect(korean[0] == "web: 비밀로 보이거나 비밀번호가 든 URL을 담은 변수는 값을 옮기지 않았습니다(SESSION_SECRET). 설계에는 secretEnv에 이름만 적었으니 Secret에서 읽도록 하십시오")
        #expect(korean[1] == "api: 비밀로 보이거나 비밀번호가 든 URL을 담은 변수는 값을 옮기지 않았습니다(DB_PASSWORD). 설계에는 secretEnv에 이름만 적었으니 Secret에서 읽도록 하십시오")
    }

    @Test func oldStyleResourcesAndDisabledHealthchecks() throws {
        let result = try Self.compose("""
            services:
              web:
                image: x/web:1
                cpus: 1.5
                mem_limit: 1g
                mem_reservation: 2g
                healthcheck: {disable: true}
              db:
                image: postgres:16
                healthcheck: {test: ["NONE"]}
            """)
        #expect(result.design.main.settings.resources == ContainerResources(limits: ResourceAmounts(cpu: "1500m", memory: "1Gi")))
        #expect(result.design.main.settings.probe == nil)
        #expect(try ImportTests.companion(result, "db").settings.probe == nil)
        #expect(result.notes.map(\.text) == [
            "web: reservations.memory: 2Gi is above its limit, which Kubernetes refuses, so it is left out (the request is then the limit)",
            "db declares no port and no service names one: the design uses 5432, the port of postgres in the image catalogue, so its Service has one",
        ])
    }

    @Test func aHealthcheckBecomesAProbeAndResourcesRequestsAndLimits() throws {
        let source = """
            services:
              web:
                image: x/web:1
                ports: ["8080:8080"]
                healthcheck:
                  test: ["CMD", "curl", "-fsS", "http://localhost:8080/health?full=1"]
                  interval: 1m30s
                  timeout: 500ms
                  retries: 5
                  start_period: 40s
                  start_interval: 2s
                deploy:
                  resources:
                    limits: {cpus: '0.50', memory: 512M, pids: 100}
                    reservations: {cpus: '0.25', memory: 256m}
                depends_on: [db, cache, api, worker]
              db:
                image: postgres:16
                healthcheck:
                  test: ["CMD-SHELL", "pg_isready -U $$POSTGRES_USER"]
              cache:
                image: redis:7
                healthcheck:
                  test: redis-cli ping || exit 1
              api:
                image: x/api:1
                healthcheck:
                  test: wget -qO- http://127.0.0.1/ready || exit 1
              worker:
                image: x/worker:1
                healthcheck:
                  test: ["CMD", "curl", "http://localhost:9000/"]
            """
        let result = try Self.compose(source)
        #expect(result.design.main.settings.probe == ContainerProbe(
            check: .http(path: "/health?full=1", port: 8080), interval: 90, timeout: 1, retries: 5, startPeriod: 40
        ))
        #expect(result.design.main.settings.resources == ContainerResources(
            requests: ResourceAmounts(cpu: "250m", memory: "256Mi"), limits: ResourceAmounts(cpu: "500m", memory: "512Mi")
        ))
        #expect(try ImportTests.companion(result, "db").settings.probe?.check == .exec(["sh", "-c", "pg_isready -U $POSTGRES_USER"]))
        #expect(try ImportTests.companion(result, "cache").settings.probe?.check == .exec(["sh", "-c", "redis-cli ping || exit 1"]))
        #expect(try ImportTests.companion(result, "api").settings.probe?.check == .http(path: "/ready", port: 80))
        #expect(try ImportTests.companion(result, "worker").settings.probe?.check == .exec(["curl", "http://localhost:9000/"]),
                "curl without -f succeeds on an HTTP error, which an httpGet probe would not")
        #expect(result.notes.map(\.text) == [
            "web: of its healthcheck, start_interval: 2s is not carried (the probe has no such setting)",
            "web: of its resources, limits.pids: 100 is not carried (a container's requests and limits hold CPU and memory)",
            "db declares no port and no service names one: the design uses 5432, the port of postgres in the image catalogue, so its Service has one",
            "cache declares no port and no service names one: the design uses 6379, the port of redis in the image catalogue, so its Service has one",
        ])
        let korean = try Self.compose(source, .ko).notes.map(\.text)
        #expect(korean == [
            "web: healthcheck 설정 가운데 start_interval: 2s 항목은 옮기지 않았습니다 (프로브에는 그런 설정이 없음)",
            "web: 리소스 설정 가운데 limits.pids: 100 항목은 옮기지 않았습니다 (컨테이너의 요청량과 제한량은 CPU와 메모리만 담음)",
            "db 서비스는 포트를 선언하지 않았고 다른 서비스도 포트를 적지 않았습니다. Service에 포트가 있도록 이미지 카탈로그에 있는 postgres의 포트 5432 값을 설계에 넣었습니다",
            "cache 서비스는 포트를 선언하지 않았고 다른 서비스도 포트를 적지 않았습니다. Service에 포트가 있도록 이미지 카탈로그에 있는 redis의 포트 6379 값을 설계에 넣었습니다",
        ])
        let back = try DesignParser.parse(result.text, file: "back.yaml")
        #expect(back.main.settings == result.design.main.settings, "the design file reads back what import carried")
    }

    @Test(arguments: ["10s", "1m30s", "1h", "500ms", "1.5s", "2m", "bad", "0s", "10"])
    func composeDurationsAreWholeSecondsRoundedUp(_ text: String) {
        let expected: [String: Int?] = ["10s": 10, "1m30s": 90, "1h": 3600, "500ms": 1, "1.5s": 2, "2m": 120, "bad": nil, "0s": nil, "10": nil]
        #expect(ComposeHealthcheck.seconds(text) == expected[text]!)
    }

    @Test(arguments: [
        ("POSTGRES_PASSWORD", true), ("db_passwd", true), ("DJANGO_SECRET_KEY", true), ("SECRET_KEY_BASE", true),
        ("GITHUB_TOKEN", true), ("STRIPE_API_KEY", true), ("DB_PASS", true), ("API_KEY", true),
        ("POSTGRES_PASSWORD_FILE", false), ("AWS_ACCESS_KEY_ID", false), ("OAUTH_CLIENT_ID", false),
        ("KEYCLOAK_ADMIN", false), ("PASSENGER_MODE", false), ("MONKEY", false), ("REDIS_HOST", false),
    ])
    func secretLookingNames(_ name: String, _ secret: Bool) {
        #expect(ContainerSettings.looksSecret(name) == secret)
    }

    @Test func endpointsComeFromURLsAndFromHostAndPortPairs() {
        #expect(ComposeService.hostPorts(in: "postgres://app:pw@db:5432/app?sslmode=off").map { "\($0.host):\($0.port)" } == ["db:5432"])
        #expect(ComposeService.hostPorts(in: "PLAINTEXT://Kafka:29092,HOST://localhost:9092").map { "\($0.host):\($0.port)" }
            == ["kafka:29092", "localhost:9092"])
        #expect(ComposeService.hostPorts(in: "redis://:@redis:6379/0 1@127.0.0.1:29093 :9000 x:80abc").map { "\($0.host):\($0.port)" }
            == ["redis:6379", "127.0.0.1:29093"])
        var service = ComposeService(name: "app", location: .start)
        service.environment = [Located("DB_HOSTNAME=db", at: .start), Located("DB_PORT=3306", at: .start), Located("CACHE_HOST=cache", at: .start)]
        #expect(service.endpoints.map { "\($0.host):\($0.port) \($0.written.value)" } == ["db:3306 DB_HOSTNAME=db, DB_PORT=3306"])
    }
}
