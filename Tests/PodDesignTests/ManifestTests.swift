@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing
import TextWidth

/// The starter manifest's structure, over every combination of answers and every workload.
@Suite struct ManifestTests {
    static func duplicateKeys(_ node: YAMLNode, path: String = "") -> [String] {
        switch node {
        case let .mapping(entries):
            var seen = Set<String>()
            var found: [String] = []
            for entry in entries {
                if !seen.insert(entry.key).inserted { found.append(path + "." + entry.key) }
                found += duplicateKeys(entry.value, path: path + "." + entry.key)
            }
            return found
        case let .sequence(items):
            return items.enumerated().flatMap { duplicateKeys($1, path: "\(path)[\($0)]") }
        default:
            return []
        }
    }

    @Test(arguments: Workload.allCases)
    func noMappingHasAKeyTwice(_ workload: Workload) {
        for answers in AnswerSpace.all {
            let design = Support.design(answers, workload: workload, ports: [9100])
            for document in StarterManifest(Advisor.decide(design), catalog: Catalog(.en)).documents() {
                #expect(Self.duplicateKeys(document.root).isEmpty, "\(workload) \(answers)")
            }
        }
    }

    @Test func statefulMainMountsItsSharedPathsAndItsData() {
        let yaml = StarterManifest(Advisor.decide(Support.design(Answers.together(), workload: .stateful)), catalog: Catalog(.en)).yaml()
        #expect(yaml.contains("""
                  volumeMounts:
                    - name: shared
                      mountPath: /shared
                    - name: data
                      mountPath: /data  # TODO: the directory where it keeps its data
        """))
    }

    @Test func settingsGoIntoEveryContainerAndDataPathIntoTheClaim() {
        var design = Support.design(.together(), workload: .stateful)
        design.main.settings = ContainerSettings(
            command: ["gunicorn"], args: ["--bind", "0.0.0.0:8080"], env: [EnvVariable("B", "2"), EnvVariable("A", "true")],
            secretEnv: ["TOKEN"], dataPath: "/var/lib/app", security: .baseline
        )
        design.companions[0].settings = ContainerSettings(args: ["-v"], env: [EnvVariable("LEVEL", "info")])
        design.companions.append(Companion(
            name: "db", image: "postgres:16", answers: Answers(state: .stateful),
            settings: ContainerSettings(env: [EnvVariable("PGDATA", "/pg/data")], dataPath: "/pg")
        ))
        let yaml = StarterManifest(Advisor.decide(design), catalog: Catalog(.en)).yaml()
        #expect(yaml.contains("""
                  image: nginx:1.27
                  command:
                    - gunicorn
                  args:
                    - "--bind"
                    - "0.0.0.0:8080"
                  env:
                    - name: TOKEN
                      valueFrom:
                        secretKeyRef:
                          name: app-secrets  # TODO: create it before applying: kubectl create secret generic app-secrets --from-literal=TOKEN=...
                          key: TOKEN
                    - name: B
                      value: "2"
                    - name: A
                      value: "true"
        """), "the secrets first, so that a value of env can name one as $(TOKEN)")
        #expect(yaml.contains("""
                    - name: data
                      mountPath: /var/lib/app
        """))
        #expect(yaml.contains("""
                  args:
                    - "-v"
                  env:
                    - name: LEVEL
                      value: info
        """))
        #expect(yaml.contains("""
                  image: postgres:16
                  env:
                    - name: PGDATA
                      value: /pg/data
        """))
        #expect(yaml.contains("""
                    - name: data
                      mountPath: /pg
        """))
        #expect(!yaml.contains("TOKEN: "), "a secret's name, never a value")
    }

    /// An image whose default command runs something else (vault's `server -dev`) gets the catalogue's arguments, with
    /// a TODO for the configuration they name, unless the design gives a command or arguments of its own.
    @Test func theCataloguesArgumentsRunAnImageAsItsHelper() {
        var design = Support.design(.together())
        design.companions[0].image = "hashicorp/vault:1.17"
        let yaml = StarterManifest(Advisor.decide(design), catalog: Catalog(.en)).yaml()
        #expect(yaml.contains("""
                  args:  # the image's default command runs something else: these arguments run it as a secrets agent. TODO: give it the configuration they name (a ConfigMap mounted at that path)
                    - agent
                    - "-config=/vault/config/agent.hcl"
        """))
        design.companions[0].settings.args = ["agent", "-config=/etc/agent.hcl"]
        let own = StarterManifest(Advisor.decide(design), catalog: Catalog(.en)).yaml()
        #expect(!own.contains("/vault/config/agent.hcl") && own.contains("-config=/etc/agent.hcl"))
        design.companions[0].settings = ContainerSettings(command: ["vault", "agent"])
        #expect(!StarterManifest(Advisor.decide(design), catalog: Catalog(.en)).yaml().contains("args:"))
    }

    @Test func aGivenProbeAndResourcesReplaceTheStartersPlaceholders() {
        var design = Support.design(.together())
        design.main.ports = [Port(number: 8080)]
        design.main.settings.probe = ContainerProbe(check: .http(path: "/ready", port: 8080), interval: 5, startPeriod: 12)
        design.main.settings.resources = ContainerResources(requests: ResourceAmounts(cpu: "250m"), limits: ResourceAmounts(memory: "1Gi"))
        design.companions[0].settings.probe = ContainerProbe(check: .exec(["check"]))
        let yaml = StarterManifest(Advisor.decide(design), catalog: Catalog(.en)).yaml()
        #expect(yaml.contains("""
                  startupProbe:  # gives it 12s to start before readiness and liveness begin
                    httpGet:
                      path: /ready
                      port: 8080
                    periodSeconds: 5
                    failureThreshold: 3
                  readinessProbe:
                    httpGet:
                      path: /ready
                      port: 8080
                    periodSeconds: 5
                  livenessProbe:  # alive while its port answers; readiness above checks its health
                    tcpSocket:
                      port: http
                    periodSeconds: 20
                  resources:
                    requests:
                      cpu: "250m"
                    limits:
                      memory: "1Gi"
        """))
        #expect(yaml.contains("""
                  readinessProbe:
                    exec:
                      command:
                        - check
                    periodSeconds: 10
        """), "the companion's own probe")
        #expect(!yaml.contains("TODO: httpGet"), "no starter probe where one is given")
    }

    @Test(arguments: Workload.allCases)
    func mainWorkloadHasTheKindTheDesignNames(_ workload: Workload) {
        let documents = StarterManifest(Advisor.decide(Support.design(Answers.together(), workload: workload)), catalog: Catalog(.en)).documents()
        guard case let .mapping(entries) = documents[0].root else { Issue.record("not a mapping"); return }
        #expect(entries.first { $0.key == "kind" }?.value == .string(workload.kind.rawValue))
        let services = documents.dropFirst().filter {
            if case let .mapping(e) = $0.root { e.contains { $0.key == "kind" && $0.value == .string("Service") } } else { false }
        }
        #expect(services.count == (workload == .job ? 0 : 1))
    }

    /// Each kind's `apiVersion`, whether its template gets a selector, and the Service it gets, as Kubernetes has them.
    @Test func workloadKindsCarryTheirAPIVersionSelectorAndService() {
        let expected: [WorkloadKind: (String, Bool, ServiceRule)] = [
            .deployment: ("apps/v1", true, .regular), .statefulSet: ("apps/v1", true, .headless),
            .daemonSet: ("apps/v1", true, .regular), .replicaSet: ("apps/v1", true, .regular),
            .job: ("batch/v1", false, .none), .cronJob: ("batch/v1", false, .none), .pod: ("v1", false, .regular),
        ]
        for kind in WorkloadKind.allCases {
            let (apiVersion, selector, service) = expected[kind]!
            #expect(kind.apiVersion == apiVersion && kind.hasSelector == selector && kind.serviceRule == service, "\(kind)")
            #expect(kind.runsToCompletion == (kind == .job || kind == .cronJob))
        }
    }

    @Test func separatedCompanionsGetTheirOwnWorkloads() {
        let kinds = [Answers.together(state: .stateful), Answers.together(scaling: .independent, timing: .beforeMain), Answers.together(scaling: .independent)]
            .map { answers -> [String] in
                StarterManifest(Advisor.decide(Support.design(answers, ports: [9100])), catalog: Catalog(.en)).documents().dropFirst(2).compactMap {
                    if case let .mapping(e) = $0.root, case let .string(kind) = e.first(where: { $0.key == "kind" })?.value { kind } else { nil }
                }
            }
        // After the main workload, its Service and its ServiceAccount: each companion's workload, Service, ServiceAccount
        // and the NetworkPolicy that lets in only the workload it serves.
        #expect(kinds == [
            ["ServiceAccount", "StatefulSet", "Service", "ServiceAccount", "NetworkPolicy"],
            ["ServiceAccount", "Job", "ServiceAccount", "NetworkPolicy"],
            ["ServiceAccount", "Deployment", "Service", "ServiceAccount", "NetworkPolicy"],
        ])
    }

    @Test func noKubectlNoise() {
        let yaml = StarterManifest(Advisor.decide(Support.design(Answers.together())), catalog: Catalog(.en)).yaml()
        #expect(!yaml.contains("creationTimestamp") && !yaml.contains("status:"))
    }

    @Test func aSharedDataPathDoesNotClashWithTheStatefulClaim() {
        let design = Support.design(Answers.together(), workload: .stateful, sharedPaths: ["/data"])
        let decision = Advisor.decide(design)
        #expect(decision.pod.volumes.map(\.name) == ["data-2"])
        let yaml = StarterManifest(decision, catalog: Catalog(.en)).yaml()
        #expect(yaml.contains("- name: data-2\n              mountPath: /data\n"))
        #expect(yaml.contains("- name: data\n              mountPath: /var/lib/data  # TODO"))
    }
}

/// The text diagram of the pods.
@Suite struct PodDiagramTests {
    @Test(arguments: [20, 30, 38, 60])
    func everyLineFitsTheWidthAndBoxesStayClosed(_ width: Int) throws {
        for name in Support.exampleNames {
            for language in Language.allCases {
                let lines = PodDiagram(Advisor.decide(try Support.example(name)), catalog: Catalog(language)).lines(width: width)
                for line in lines {
                    #expect(line.displayWidth <= width, "\(name) \(line)")
                    if line.hasPrefix("┌") { #expect(line.hasSuffix("┐"), "\(name) \(line)") }
                    if line.hasPrefix("│") { #expect(line.hasSuffix("│"), "\(name) \(line)") }
                }
            }
        }
    }

    @Test func withoutAWidthNothingIsCut() throws {
        let lines = PodDiagram(Advisor.decide(try Support.example("redis-proxy")), catalog: Catalog(.en)).lines()
        #expect(lines.contains { $0.contains("redis-client → redis-proxy → redis:6379") })
        #expect(!lines.joined().contains("…"))
    }
}

/// A stateful workload's claim is mounted where its image keeps its data, when the catalogue knows it.
@Suite struct DataPathTests {
    @Test func theClaimIsMountedAtTheCataloguesPathUnlessTheDesignSaysOrASharedPathTakesIt() throws {
        var design = Support.design(.together(), workload: .stateful)
        design.main.image = "postgres:16.4"
        design.companions[0].sharedPaths = []
        let catalogue = StarterManifest(Advisor.decide(design), catalog: Catalog(.en)).yaml()
        #expect(catalogue.contains("mountPath: /var/lib/postgresql/data\n"))
        design.main.settings.dataPath = "/pg"
        #expect(StarterManifest(Advisor.decide(design), catalog: Catalog(.en)).yaml().contains("mountPath: /pg\n"))
        design.main.settings.dataPath = nil
        design.main.image = "ghcr.io/example/store:1"
        #expect(StarterManifest(Advisor.decide(design), catalog: Catalog(.en)).yaml().contains("mountPath: /data  # TODO"))
    }
}
