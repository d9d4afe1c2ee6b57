@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing

/// Issue 13: the starter manifest runs as written and is hardened as an expert expects.
@Suite struct HardeningTests {
    static func documents(_ design: Design) -> [YAMLNode] {
        StarterManifest(Advisor.decide(design), catalog: Catalog(.en)).documents().map(\.root)
    }

    static func yaml(_ design: Design) -> String {
        StarterManifest(Advisor.decide(design), catalog: Catalog(.en)).yaml()
    }

    /// The value at a dotted path of mappings.
    static func at(_ node: YAMLNode, _ path: String) -> YAMLNode? {
        path.split(separator: ".").reduce(node as YAMLNode?) { node, key in
            guard case let .mapping(entries)? = node else { return nil }
            return entries.first { $0.key == key }?.value
        }
    }

    /// The document of a kind and name.
    static func document(_ documents: [YAMLNode], _ kind: String, _ name: String) -> YAMLNode? {
        documents.first { at($0, "kind") == .string(kind) && at($0, "metadata.name") == .string(name) }
    }

    /// Every container (init and regular) of every pod template, with its pod spec.
    static func containers(_ documents: [YAMLNode]) -> [(pod: YAMLNode, container: YAMLNode)] {
        documents.compactMap { at($0, "spec.template.spec") ?? (at($0, "kind") == .string("Pod") ? at($0, "spec") : nil) }
            .flatMap { pod -> [(pod: YAMLNode, container: YAMLNode)] in
                let lists = ["initContainers", "containers"].compactMap { key -> [YAMLNode]? in
                    if case let .sequence(items)? = at(pod, key) { items } else { nil }
                }
                return lists.flatMap { $0 }.map { (pod, $0) }
            }
    }

    static func name(_ container: YAMLNode) -> String {
        if case let .string(name)? = at(container, "name") { name } else { "" }
    }

    static let webShop: Design = {
        var design = Support.design(.together(), sharedPaths: ["/var/log/app"])
        design.main.replicas = 3
        design.main.ports = [Port(number: 8080)]
        design.companions.append(Companion(name: "db", image: "postgres:16.4", answers: Answers(state: .stateful), ports: [Port(number: 5432)]))
        design.companions.append(Companion(name: "web-server", image: "nginx:1.27", answers: Answers()))
        design.companions.append(Companion(
            name: "migrate", image: "example.com/shop/web:1", answers: Answers(scaling: .independent, timing: .beforeMain)
        ))
        return design
    }()

    @Test func everyContainerIsRestrictedByDefault() {
        for (pod, container) in Self.containers(Self.documents(Self.webShop)) {
            let name = Self.name(container)
            #expect(Self.at(pod, "securityContext.seccompProfile.type") == .string("RuntimeDefault"), "\(name)")
            #expect(Self.at(container, "securityContext.runAsNonRoot") == .bool(true), "\(name)")
            #expect(Self.at(container, "securityContext.allowPrivilegeEscalation") == .bool(false), "\(name)")
            #expect(Self.at(container, "securityContext.capabilities.drop") == .sequence([.string("ALL")]), "\(name)")
            #expect(Self.at(pod, "automountServiceAccountToken") == .bool(false), "\(name)")
            if case let .sequence(volumes)? = Self.at(pod, "volumes") {
                for volume in volumes where Self.at(volume, "emptyDir") != nil {
                    #expect(Self.at(volume, "emptyDir.sizeLimit") != nil, "every emptyDir is sized")
                }
            }
        }
    }

    @Test func theCataloguesUserDataDirectoryAndWritablePathsMakePostgresRun() {
        let yaml = Self.yaml(Self.webShop)
        #expect(yaml.contains("""
              securityContext:
                fsGroup: 999
                seccompProfile:
                  type: RuntimeDefault
        """), "the claim is writable by the user postgres runs as")
        #expect(yaml.contains("""
                  image: postgres:16.4
                  env:
                    - name: PGDATA
                      value: /var/lib/postgresql/data/pgdata
        """), "initdb refuses a data directory it does not own: the claim's root belongs to root")
        #expect(yaml.contains("""
                    runAsNonRoot: true
                    runAsUser: 999
                    runAsGroup: 999
                    allowPrivilegeEscalation: false
                    readOnlyRootFilesystem: true
        """))
        #expect(yaml.contains("mountPath: /var/run/postgresql"), "its socket directory is an emptyDir under a read-only root")
        #expect(yaml.contains("replicas: 1  # each replica keeps its own data"), "no TODO to add replicas of a database")
        #expect(!yaml.contains("emptyDir: {}"))
    }

    @Test func anImageThatMustStartAsRootIsNamedAndBaselineKeepsOnlyWhatItNeeds() {
        var design = Self.webShop
        #expect(Self.yaml(design).contains(
            "runAsNonRoot: true  # the official nginx image starts as root and will not start like this: use nginxinc/nginx-unprivileged, or security: baseline for this container"
        ))
        design.companions[2].settings.security = .baseline
        let nginx = Self.containers(Self.documents(design)).first { Self.name($0.container) == "web-server" }!.container
        #expect(Self.at(nginx, "securityContext.runAsNonRoot") == nil)
        #expect(Self.at(nginx, "securityContext.capabilities.add") == .sequence(
            ["CHOWN", "DAC_OVERRIDE", "FOWNER", "NET_BIND_SERVICE", "SETGID", "SETUID"].map { .string($0) }
        ))
        #expect(Self.at(nginx, "securityContext.allowPrivilegeEscalation") == .bool(false))
    }

    @Test func eachWorkloadHasAServiceAccountWithoutAToken() {
        let documents = Self.documents(Self.webShop)
        for name in ["app", "db", "web-server", "migrate"] {
            let account = Self.document(documents, "ServiceAccount", name)
            #expect(account.flatMap { Self.at($0, "automountServiceAccountToken") } == .bool(false), "\(name)")
        }
        var design = Self.webShop
        design.companions[0] = Companion(name: "mesh", image: "docker.io/istio/proxyv2:1.22", answers: .together(function: .proxyOutbound))
        let pod = Self.at(Self.documents(design)[0], "spec.template.spec")!
        #expect(Self.at(pod, "automountServiceAccountToken") == .bool(true), "the catalogue says istio-proxy needs the API")
    }

    @Test func moreThanOneReplicaGetsADisruptionBudgetAndASpread() {
        let documents = Self.documents(Self.webShop)
        let budget = Self.document(documents, "PodDisruptionBudget", "app")
        #expect(budget.flatMap { Self.at($0, "spec.maxUnavailable") } == .int(1))
        #expect(Self.at(documents[0], "spec.template.spec.topologySpreadConstraints") != nil)
        #expect(Self.document(documents, "PodDisruptionBudget", "db") == nil, "one replica: no budget")
        var single = Self.webShop
        single.main.replicas = 1
        let one = Self.documents(single)
        #expect(Self.document(one, "PodDisruptionBudget", "app") == nil)
        #expect(Self.at(one[0], "spec.template.spec.topologySpreadConstraints") == nil)
    }

    @Test func aWorkloadPlacedApartLetsInOnlyTheWorkloadsThatReachItOnItsPorts() throws {
        let documents = Self.documents(Self.webShop)
        let policy = try #require(Self.document(documents, "NetworkPolicy", "db"))
        guard case let .sequence(rules)? = Self.at(policy, "spec.ingress") else { Issue.record("no ingress"); return }
        #expect(rules.count == 1)
        #expect(Self.at(rules[0], "from") == .sequence([.mapping([YAMLEntry("podSelector", .mapping([
            YAMLEntry("matchLabels", .mapping([
                YAMLEntry("app.kubernetes.io/name", .string("app")), YAMLEntry("app.kubernetes.io/part-of", .string("app")),
            ])),
        ]))])]))
        #expect(Self.at(rules[0], "ports") == .sequence([.mapping([YAMLEntry("port", .string("postgres"))])]),
                "the port by the name the catalogue gives postgres' first port")
        let closed = try #require(Self.document(documents, "NetworkPolicy", "migrate"))
        #expect(Self.at(closed, "spec.ingress") == nil, "a workload that declares no port lets nothing in")
        #expect(Self.document(documents, "NetworkPolicy", "app") == nil, "the main workload's ingress stays open")
    }

    @Test func aJobIsRemovedAfterItFinishesSoANewImageCanBeApplied() throws {
        let job = try #require(Self.document(Self.documents(Self.webShop), "Job", "migrate"))
        #expect(Self.at(job, "spec.ttlSecondsAfterFinished") == .int(600))
    }

    @Test func anAmbassadorIsProbedAsItsImageDocumentsOrNotAtAll() {
        var design = Support.design(.together(mainCodeChangeable: false, function: .proxyOutbound), localPort: 5432)
        design.companions[0].image = "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0"
        design.companions[0].settings.args = ["--port=5432", "shop:europe-west1:db"]
        let proxy = Self.containers(Self.documents(design)).first { Self.name($0.container) == "helper" }!.container
        #expect(Self.at(proxy, "startupProbe.httpGet") == .mapping([YAMLEntry("path", .string("/startup")), YAMLEntry("port", .int(9090))]))
        #expect(Self.at(proxy, "args") == .sequence(
            ["--port=5432", "shop:europe-west1:db", "--health-check", "--http-address=0.0.0.0", "--http-port=9090"].map { .string($0) }
        ))
        design.companions[0].image = "ghcr.io/example/twemproxy:0.5"
        let unknown = Self.containers(Self.documents(design)).first { Self.name($0.container) == "helper" }!.container
        #expect(Self.at(unknown, "startupProbe") == nil, "a TCP probe of a port it opens on localhost only would fail")
        #expect(Self.yaml(design).contains("no probe: it listens on localhost, which the kubelet cannot reach"))
    }

    @Test func portsAreNamedWhereTheCatalogueOrTheNumberSaysSoAndServicesTargetTheName() {
        #expect(StarterManifest.namedPorts([Port(number: 8080), Port(number: 9000)], image: "shop/web:1").map(\.name) == ["http", nil])
        #expect(StarterManifest.namedPorts([Port(number: 5432)], image: "postgres:16").map(\.name) == ["postgres"])
        #expect(StarterManifest.namedPorts([Port(number: 80, name: "web"), Port(number: 8080)], image: "x").map(\.name) == ["web", "http"])
        #expect(StarterManifest.namedPorts([Port(number: 80), Port(number: 8080)], image: "x").map(\.name) == ["http", nil],
                "a name once per container")
        #expect(StarterManifest.namedPorts([Port(number: 80, proto: .UDP)], image: "x").map(\.name) == [nil])
        let service = Self.document(Self.documents(Self.webShop), "Service", "app")!
        #expect(Self.at(service, "spec.ports") == .sequence([.mapping([
            YAMLEntry("name", .string("http")), YAMLEntry("port", .int(8080)), YAMLEntry("targetPort", .string("http")),
        ])]))
    }

    /// Readiness and liveness never repeat each other, for every answer combination, workload and example.
    @Test func readinessAndLivenessNeverRepeatEachOther() throws {
        var designs = try Support.exampleNames.map(Support.example)
        for workload in Workload.allCases {
            for answers in AnswerSpace.all { designs.append(Support.design(answers, workload: workload, ports: [9100])) }
        }
        for design in designs {
            for (_, container) in Self.containers(Self.documents(design)) {
                guard let readiness = Self.at(container, "readinessProbe"), let liveness = Self.at(container, "livenessProbe") else { continue }
                let handlers = ["exec", "httpGet", "tcpSocket"]
                #expect(handlers.map { Self.at(readiness, $0) } != handlers.map { Self.at(liveness, $0) }, "\(design.name): \(Self.name(container))")
            }
        }
    }
}
