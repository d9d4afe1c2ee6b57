import Foundation
@testable import PodDesign
@testable import PodModel
@testable import PodText
import Testing

/// `import` reads what Compose reads: the first format, interpolation, `.env`, `env_file`, `extends`, profiles,
/// extension fields, anchors, several files merged in order; what it cannot carry is a note, in both languages.
@Suite struct ComposeReadingTests {
    static let fixtures = ImportTests.fixtures

    /// Files read by path below the fixtures, as the command reads them below its working directory.
    static func environment(_ variables: [String: String] = [:], files: [String: String] = [:]) -> ComposeEnvironment {
        let root = fixtures
        return ComposeEnvironment(variables: variables) { path in
            if let text = files[path] { return Data(text.utf8) }
            return try? Data(contentsOf: root.appendingPathComponent(path))
        }
    }

    /// The fixtures named, merged in order.
    static func load(
        _ names: [String], main: String? = nil, variables: [String: String] = [:], _ language: Language = .en
    ) throws -> ImportResult {
        let sources = try names.map { ImportSource(name: $0, data: try Data(contentsOf: fixtures.appendingPathComponent($0))) }
        return try Importer.design(sources, main: main, catalog: Catalog(language), environment: environment(variables))
    }

    /// A Compose text read as `in.yaml`, with other files beside it by name.
    static func inline(
        _ text: String, _ language: Language = .en, main: String? = nil, variables: [String: String] = [:], files: [String: String] = [:]
    ) throws -> ImportResult {
        try Importer.design([ImportSource(name: "in.yaml", data: Data(text.utf8))], main: main, catalog: Catalog(language),
                            environment: environment(variables, files: files))
    }

    /// The one-line report of Compose text that must not import, or nil if it imports.
    static func error(_ text: String, _ language: Language = .en, files: [String: String] = [:]) -> String? {
        do {
            _ = try inline(text, language, files: files)
            return nil
        } catch let error as DesignError {
            return error.report(Catalog(language))
        } catch {
            return "\(error)"
        }
    }

    /// The notes as the command prints them, without its `podwright: ` and `note: `.
    static func notes(_ result: ImportResult, _ file: String = "in.yaml") -> [String] {
        result.notes.map { "\($0.file ?? file):\($0.location): \($0.text)" }
    }

    static func env(_ settings: ContainerSettings) -> [String] { settings.env.map { "\($0.name)=\($0.value)" } }

    // MARK: - The first format

    @Test func theFirstFormatIsReadAsServices() throws {
        let result = try Self.load(["first-format.compose.yaml"])
        #expect(result.design.main.name == "web")
        #expect(result.design.companions.map(\.name) == ["vpn", "db", "cache"])
        let vpn = try ImportTests.companion(result, "vpn")
        #expect(vpn.answers.coupling == .tight)
        #expect(vpn.notes[.coupling] == "network_mode: service:web shares one network namespace (first-format.compose.yaml:15)")
        #expect(Self.notes(result) == [
            "first-format.compose.yaml:2:1: first-format.compose.yaml is written in Compose's first format (services at the top level, no services: key): its entries are read as services",
            "first-format.compose.yaml:7:7: web reaches db by the link alias database; in Kubernetes db is reached by its Service's name, db: change the address, or add a Service named database",
            "first-format.compose.yaml:9:3: web: external_links names containers outside the Compose files (legacy_redis_1:redis); they are not imported",
            "first-format.compose.yaml:16:1: db declares no port and no service names one: the design uses 5432, the port of postgres in the image catalogue, so its Service has one",
            "first-format.compose.yaml:18:1: cache declares no port and no service names one: the design uses 11211, the port of memcached in the image catalogue, so its Service has one",
        ])
        let korean = try Self.load(["first-format.compose.yaml"], .ko)
        #expect(Self.notes(korean) == [
            "first-format.compose.yaml:2:1: first-format.compose.yaml 파일은 Compose의 첫 형식입니다(services: 키 없이 서비스를 최상위에 적는 형식). 최상위 항목을 서비스로 읽습니다",
            "first-format.compose.yaml:7:7: web 서비스는 db 서비스에 링크 별칭 database 이름으로 연결합니다. 쿠버네티스에서는 db 서비스에 그 Service 이름인 db 이름으로 연결하므로 주소를 바꾸거나 database 이름의 Service를 추가하십시오",
            "first-format.compose.yaml:9:3: web 서비스: external_links에 적힌 컨테이너(legacy_redis_1:redis)는 Compose 파일 밖에 있어서 가져오지 않습니다",
            "first-format.compose.yaml:16:1: db 서비스는 포트를 선언하지 않았고 다른 서비스도 포트를 적지 않았습니다. Service에 포트가 있도록 이미지 카탈로그에 있는 postgres의 포트 5432 값을 설계에 넣었습니다",
            "first-format.compose.yaml:18:1: cache 서비스는 포트를 선언하지 않았고 다른 서비스도 포트를 적지 않았습니다. Service에 포트가 있도록 이미지 카탈로그에 있는 memcached의 포트 11211 값을 설계에 넣었습니다",
        ])
    }

    // MARK: - Interpolation

    @Test func variablesComeFromTheEnvironmentThenDotEnv() throws {
        let result = try Self.load(["interpolation/compose.yaml"], variables: ["LOG_LEVEL": "warn"])
        let main = result.design.main
        #expect(main.image == "registry.example.com/shop/web:2.4")
        #expect(main.replicas == 3)
        #expect(main.ports.map(\.number) == [80])
        #expect(Self.env(main.settings) == [
            "GREETING=Hello $USER", "LOG_LEVEL=warn", "SENTRY=enabled", "REGION=", "CDN=https://.cdn.example.com",
        ])
        #expect(Self.notes(result) == [
            "interpolation/compose.yaml:7:9: web: the port $METRICS_PORT is empty once variables are substituted; it is not imported",
            "interpolation/compose.yaml:7:10: METRICS_PORT is set neither in the environment nor in interpolation/.env: it is read as an empty string, as Compose does",
            "interpolation/compose.yaml:12:15: REGION is set neither in the environment nor in interpolation/.env: it is read as an empty string, as Compose does",
        ])
        let korean = try Self.load(["interpolation/compose.yaml"], variables: ["LOG_LEVEL": "warn", "METRICS_PORT": "9100"], .ko)
        #expect(korean.design.main.ports.map(\.number) == [80, 9100])
        #expect(Self.notes(korean) == [
            "interpolation/compose.yaml:12:15: 변수 REGION 값이 환경에도 interpolation/.env 파일에도 없습니다. Compose처럼 빈 문자열로 읽습니다",
        ])
    }

    @Test func anEmptyPortIsANoteInKorean() throws {
        let result = try Self.inline("services:\n  web:\n    image: nginx:1.27\n    ports: [\"${PORT}\", \"80:80\"]\n", .ko, variables: ["PORT": ""])
        #expect(result.design.main.ports.map(\.number) == [80])
        #expect(Self.notes(result) == ["in.yaml:4:13: web 서비스: 포트 ${PORT} 값이 변수를 바꾸고 나면 비어 있어서 가져오지 않습니다"])
    }

    @Test func keysAreNotInterpolated() throws {
        let result = try Self.inline("services:\n  web:\n    image: nginx:1.27\n    environment:\n      $NAME: x\n", variables: ["NAME": "Y"])
        #expect(result.notes.isEmpty)
        #expect(Self.env(result.design.main.settings).isEmpty)
    }

    @Test func aRequiredVariableOrAMalformedOneIsBadInput() {
        let required = "services:\n  web:\n    image: \"nginx:${TAG:?set TAG to the release}\"\n"
        #expect(Self.error(required) == "in.yaml:3:19: services.web.image: TAG is required and not set: set TAG to the release")
        #expect(Self.error(required, .ko) == "in.yaml:3:19: services.web.image: 필수 변수 TAG 값이 설정되지 않았습니다: set TAG to the release")
        let malformed = "services:\n  web:\n    image: nginx\n    environment:\n      URL: http://${HOST\n"
        let forms = "$NAME, ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?message}, ${NAME?message}, ${NAME:+alternative}, ${NAME+alternative}, $$"
        #expect(Self.error(malformed) == "in.yaml:5:19: services.web.environment.URL: found '${HOST', which is not an interpolation Compose reads (allowed: \(forms))")
        #expect(Self.error(malformed, .ko) == "in.yaml:5:19: services.web.environment.URL: '${HOST' 부분은 Compose가 읽는 변수 치환 형식이 아닙니다(허용: \(forms))")
        // In .env, the error is placed in .env.
        #expect(Self.error("services:\n  web:\n    image: nginx\n", files: [".env": "A=1\nB=${NEED:?B needs NEED}\n"])
            == ".env:2:3: B: NEED is required and not set: B needs NEED")
    }

    // MARK: - env_file

    @Test func envFilesAreReadUnderTheEnvironment() throws {
        let result = try Self.load(["env-file/compose.yaml"])
        #expect(Self.env(result.design.main.settings) == [
            "DATABASE_URL=postgres://db:5432/shop", "LOG_LEVEL=info", "CACHE_URL=redis://cache:6379/0",
            "QUOTED=literal $HOME", "ASSETS=https://cdn.example.com/v1",
        ])
        let worker = try ImportTests.companion(result, "worker")
        #expect(Self.env(worker.settings).count == 5)
        let db = try ImportTests.companion(result, "db")
        #expect(db.notes[.coupling] == "api reaches it over the network by name: DATABASE_URL=postgres://db:5432/shop (env-file/app.env:2)")
        // The file two services name is read once: its note is given once; local.env may be missing.
        #expect(Self.notes(result) == [
            "env-file/compose.yaml:9:9: api: env_file env-file/missing.env is missing or cannot be read; its variables are not imported",
            "env-file/app.env:7:1: this line of env-file/app.env is not NAME=value and is skipped: not a variable line",
        ])
        let korean = try Self.load(["env-file/compose.yaml"], .ko)
        #expect(Self.notes(korean) == [
            "env-file/compose.yaml:9:9: api 서비스: env_file env-file/missing.env 파일이 없거나 읽을 수 없어서 그 변수는 가져오지 않습니다",
            "env-file/app.env:7:1: env-file/app.env 파일의 이 줄은 NAME=value 형식이 아니라서 건너뜁니다: not a variable line",
        ])
    }

    // MARK: - extends

    @Test func extendsMergesAsComposeDoes() throws {
        let result = try Self.load(["extends/compose.yaml"], main: "web")
        let web = result.design.main
        #expect(web.image == "example.com/shop/app:3.0")
        #expect(web.ports.map(\.number) == [8000, 8443])
        #expect(web.settings.args == ["serve"])
        #expect(Self.env(web.settings) == ["LOG_LEVEL=debug", "REGION=eu"])
        let worker = try ImportTests.companion(result, "worker")
        #expect(worker.settings.args == ["worker"] && worker.ports.map(\.number) == [8000])
        // From another file, whose env_file is beside it; its expose is a port.
        let metrics = try ImportTests.companion(result, "metrics")
        #expect(metrics.image == "prom/statsd-exporter:v0.26.0")
        #expect(metrics.ports.map(\.number) == [9102])
        #expect(Self.env(metrics.settings) == ["STATSD_LISTEN=:9125"])
        #expect(metrics.notes[.function]?.hasSuffix("(extends/shared/common.yaml:4)") == true)
        #expect(try ImportTests.companion(result, "cron").image == "example.com/shop/cron:3.0")
        #expect(Self.notes(result) == [
            "extends/compose.yaml:25:5: audit extends auditor from extends/missing.yaml, which is missing or cannot be read: only the fields written here are read",
            "extends/compose.yaml:29:5: cron extends nothing-here, which extends/compose.yaml does not define: only the fields written here are read",
        ])
        let korean = try Self.load(["extends/compose.yaml"], main: "web", .ko)
        #expect(Self.notes(korean) == [
            "extends/compose.yaml:25:5: audit 서비스는 extends/missing.yaml 파일의 auditor 서비스를 확장하지만 그 파일이 없거나 읽을 수 없습니다. 여기 적힌 필드만 읽습니다",
            "extends/compose.yaml:29:5: cron 서비스가 확장하는 nothing-here 서비스가 extends/compose.yaml 파일에 없습니다. 여기 적힌 필드만 읽습니다",
        ])
    }

    @Test func extendsInACircleIsBadInput() {
        let text = "services:\n  a:\n    image: x\n    extends: b\n  b:\n    image: y\n    extends:\n      service: a\n"
        #expect(Self.error(text) == "in.yaml:4:5: services.a.extends: extends goes round in a circle: a -> b -> a")
        #expect(Self.error(text, .ko) == "in.yaml:4:5: services.a.extends: extends가 돌고 돌아 제자리로 옵니다: a -> b -> a")
    }

    // MARK: - Several files

    @Test func laterFilesOverrideEarlierOnesPerService() throws {
        let result = try Self.load(["override/compose.yaml", "override/compose.prod.yaml"])
        let web = result.design.main
        #expect(web.image == "example.com/shop/web:2.4")
        #expect(web.replicas == 3)
        #expect(web.ports.map(\.number) == [80, 443])
        #expect(web.settings.args == ["serve"])
        #expect(Self.env(web.settings) == ["LOG_LEVEL=warn", "API_URL=http://api:9000"])
        #expect(result.design.companions.map(\.name) == ["api", "log-shipper"])
        let api = try ImportTests.companion(result, "api")
        #expect(api.image == "example.com/shop/api:dev")
        #expect(api.notes[.scaling] == "it runs 2 replicas and web runs 3 (override/compose.prod.yaml:13)")
        #expect(Self.notes(result) == ["override/compose.prod.yaml:16:5: restart is not carried into the design: log-shipper"])
        #expect(result.comments.first == "Imported from override/compose.yaml, override/compose.prod.yaml by podwright import.")
    }

    /// `!reset` takes an inherited field out, `!override` replaces a list whole; volumes are merged by the path
    /// mounted, depends_on by service whether a list or a mapping.
    @Test func overrideTagsAndKeyedLists() throws {
        let base = "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n    expose: [\"9000\"]\n"
            + "    volumes: [\"data:/srv\", \"logs:/var/log\"]\n    depends_on: [db]\n  db:\n    image: postgres:16\n"
        let override = "services:\n  web:\n    ports: !override [\"443:443\"]\n    expose: !reset []\n"
            + "    volumes: [\"other:/srv\"]\n    depends_on:\n      db:\n        condition: service_healthy\n"
        let result = try Importer.design([ImportSource(name: "a.yaml", data: Data(base.utf8)), ImportSource(name: "b.yaml", data: Data(override.utf8))],
                                         main: "web", catalog: Catalog(.en))
        #expect(result.design.main.ports.map(\.number) == [443])
        #expect(result.notes.map(\.text) == [
            "db declares no port and no service names one: the design uses 5432, the port of postgres in the image catalogue, so its Service has one",
            "web: not carried into the design: the volume other at /srv (its data would be lost with the pod: give it a PersistentVolumeClaim, or keep it in a database or object storage); the volume logs at /var/log (its data would be lost with the pod: give it a PersistentVolumeClaim, or keep it in a database or object storage)",
        ])
        var loader = ComposeLoader(catalog: Catalog(.en), environment: .none)
        let root = try loader.load([("a.yaml", base), ("b.yaml", override)])
        let web = try #require(try ComposeReader(reader: NodeReader(file: "a.yaml")).services(root).first)
        #expect(web.mounts.map { "\($0.source ?? ""):\($0.target)" } == ["other:/srv", "logs:/var/log"])
        #expect(web.dependsOn.map { "\($0.value.service) \($0.value.condition)" } == ["db service_healthy"])
    }

    @Test func onlyComposeFilesAreMerged() throws {
        let manifest = try Data(contentsOf: Support.root.appendingPathComponent("Resources/examples/log-shipper.yaml"))
        let compose = ImportSource(name: "compose.yaml", data: Data("services:\n  web:\n    image: nginx\n".utf8))
        for (language, message) in [
            (Language.en, "log-shipper.yaml:1:1: only Compose files are merged with -f, and this is not one (no 'services:')"),
            (.ko, "log-shipper.yaml:1:1: -f로 합치는 파일은 모두 Compose 파일이어야 하는데 이 파일은 아닙니다('services:'가 없음)"),
        ] {
            do {
                _ = try Importer.design([compose, ImportSource(name: "log-shipper.yaml", data: manifest)], main: nil, catalog: Catalog(language))
                Issue.record("a manifest was merged")
            } catch {
                #expect(error.report(Catalog(language)) == message)
            }
        }
    }

    // MARK: - Profiles, extension fields, anchors

    @Test func profiledServicesAreReadWithOneNoteAndExtensionFieldsAreIgnored() throws {
        let text = """
            x-common: &common
              image: example.com/shop/app:1.0
              environment: &env
                LOG_LEVEL: info
            services:
              web:
                <<: *common
                x-team: storefront
                ports: ["80:8000"]
                environment:
                  <<: *env
                  ROLE: web
              debug:
                <<: *common
                profiles: [debug]
              admin:
                <<: *common
                profiles: ["ops", "debug"]
            """
        let result = try Self.inline(text)
        #expect(result.design.companions.map(\.name) == ["debug", "admin"])
        #expect(Self.env(result.design.main.settings) == ["LOG_LEVEL=info", "ROLE=web"])
        #expect(Self.notes(result) == ["in.yaml:15:5: every service is read whatever its profiles; these have profiles: debug, admin"])
        #expect(Self.notes(try Self.inline(text, .ko)) == ["in.yaml:15:5: 프로필과 관계없이 모든 서비스를 읽습니다. 프로필이 있는 서비스: debug, admin"])
    }

    // MARK: - What is not carried

    @Test func whatIsNotCarriedIsANoteAtItsPlace() throws {
        let text = """
            include: [other.yaml]
            services:
              web:
                image: example.com/shop/web:1.0
                restart: always
                network_mode: host
                expose: ["8080"]
                deploy:
                  replicas: 2
                  resources: {limits: {memory: 512M, pids: 50}}
              sync:
                image: example.com/sync:1.0
                restart: on-failure
                volumes_from: ["container:legacy", web]
            """
        let result = try Self.inline(text)
        #expect(result.design.main.ports.map(\.number) == [8080])
        #expect(result.design.main.replicas == 2)
        #expect(result.design.main.settings.resources?.limits.memory == "512Mi")
        #expect(Self.notes(result) == [
            "in.yaml:1:1: include is not followed, so the files it names are not read; pass them with -f",
            "in.yaml:5:5: restart is not carried into the design: web, sync",
            "in.yaml:6:19: web: network_mode host is not carried; only service:NAME, a network namespace shared with another service, is",
            "in.yaml:10:7: web: of its resources, limits.pids: 50 is not carried (a container's requests and limits hold CPU and memory)",
            "in.yaml:14:20: sync: volumes_from container:legacy names a container outside the Compose files; it is not imported",
        ])
        #expect(Self.notes(try Self.inline(text, .ko)) == [
            "in.yaml:1:1: include는 따라가지 않으므로 거기 적힌 파일은 읽지 않습니다. 그 파일들을 -f로 넘기십시오",
            "in.yaml:5:5: restart 항목은 설계에 옮기지 않습니다: web, sync",
            "in.yaml:6:19: web 서비스: network_mode host 설정은 옮기지 않습니다. 다른 서비스와 네트워크 네임스페이스를 함께 쓰는 service:NAME 형식만 옮깁니다",
            "in.yaml:10:7: web: 리소스 설정 가운데 limits.pids: 50 항목은 옮기지 않았습니다 (컨테이너의 요청량과 제한량은 CPU와 메모리만 담음)",
            "in.yaml:14:20: sync 서비스: volumes_from의 container:legacy 항목은 Compose 파일 밖의 컨테이너라서 가져오지 않습니다",
        ])
        #expect(try ImportTests.companion(result, "sync").answers.coupling == .tight)
    }
}
