@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing

/// Each check on the result: one design where it fires and one where it does not.
@Suite struct CheckTests {
    static func ids(_ design: Design) -> [CheckID] { Advisor.decide(design).findings.map(\.check) }

    @Test func portConflictBetweenMainAndSidecar() {
        let design = Support.design(Answers.together(), ports: [80])
        let finding = Advisor.decide(design).findings.first { $0.check == .conflictPort }
        #expect(finding?.level == .error)
        #expect(finding?.facts == ["port": "80/TCP", "other": "main"])
        #expect(finding?.container == "helper")
        #expect(!Self.ids(Support.design(Answers.together(), ports: [81])).contains(.conflictPort))
    }

    @Test func portConflictCountsTheAmbassadorsLocalPort() {
        let conflicting = Support.design(Answers.together(function: .proxyOutbound), localPort: 80)
        #expect(Self.ids(conflicting).contains(.conflictPort))
        let sidecar = Support.design(Answers.together(function: .extend), localPort: 80)
        #expect(!Self.ids(sidecar).contains(.conflictPort))
    }

    @Test func portConflictIsPerProtocolAndPerPod() {
        var design = Support.design(Answers.together(), sharedPaths: [])
        design.companions[0].ports = [Port(number: 80, proto: .UDP)]
        #expect(!Self.ids(design).contains(.conflictPort))
        let separated = Support.design(Answers.together(scaling: .independent), ports: [80])
        #expect(!Self.ids(separated).contains(.conflictPort))
    }

    @Test func jobWithClassicSidecarNeverCompletes() {
        let classic = Support.design(Answers.together(), workload: .job, target: "1.28")
        #expect(Self.ids(classic).contains(.jobClassicSidecar))
        let native = Support.design(Answers.together(), workload: .job, target: "1.29")
        #expect(!Self.ids(native).contains(.jobClassicSidecar))
        let service = Support.design(Answers.together(), workload: .service, target: "1.28")
        #expect(!Self.ids(service).contains(.jobClassicSidecar))
        let initOnly = Support.design(Answers.together(timing: .beforeMain), workload: .job, target: "1.28")
        #expect(!Self.ids(initOnly).contains(.jobClassicSidecar))
    }

    @Test func everyInitContainerGetsTheIdempotenceNote() {
        let findings = Advisor.decide(Support.design(Answers.together(timing: .beforeMain))).findings
        #expect(findings.map(\.check) == [.initIdempotent])
        #expect(findings[0].level == .note)
        #expect(!Self.ids(Support.design(Answers.together())).contains(.initIdempotent))
    }

    /// An init step that dials `localhost:5432` and an ambassador listening there, on a target and style.
    static func initThroughProxy(target: String, style: SidecarStyle = .auto, url: String = "postgres://localhost:5432/shop") -> Design {
        var design = Support.design(.together(function: .proxyOutbound), target: target, style: style, sharedPaths: [], localPort: 5432)
        design.companions.append(Companion(
            name: "migrate", image: "busybox:1.36", answers: .together(timing: .beforeMain),
            settings: ContainerSettings(command: ["migrate"], env: [EnvVariable("DATABASE_URL", url)])
        ))
        return design
    }

    @Test func anInitStepThroughALaterProxyIsAnError() {
        let finding = Advisor.decide(Self.initThroughProxy(target: "1.28")).findings.first { $0.check == .initNeedsLaterProxy }
        #expect(finding?.level == .error)
        #expect(finding?.container == "migrate")
        #expect(finding?.facts == ["proxy": "helper", "address": "localhost:5432", "first": "1.29"])
        #expect(Self.ids(Self.initThroughProxy(target: "1.33", style: .classic)).contains(.initNeedsLaterProxy))
        #expect(Self.ids(Self.initThroughProxy(target: "1.28", url: "postgres://127.0.0.1/shop")).contains(.initNeedsLaterProxy))
    }

    @Test func anInitStepBeforeANativeProxyOrElsewhereIsFine() {
        #expect(!Self.ids(Self.initThroughProxy(target: "1.29")).contains(.initNeedsLaterProxy))
        #expect(!Self.ids(Self.initThroughProxy(target: "1.28", url: "postgres://db:5432/shop")).contains(.initNeedsLaterProxy))
        #expect(!Self.ids(Self.initThroughProxy(target: "1.28", url: "http://localhost:8080/ready")).contains(.initNeedsLaterProxy))
        // Only a whole loopback name counts, in any case.
        #expect(!Self.ids(Self.initThroughProxy(target: "1.28", url: "postgres://mylocalhost.example.com:5432/shop")).contains(.initNeedsLaterProxy))
        #expect(!Self.ids(Self.initThroughProxy(target: "1.28", url: "https://notlocalhost:5432")).contains(.initNeedsLaterProxy))
        #expect(Self.ids(Self.initThroughProxy(target: "1.28", url: "postgres://LOCALHOST:5432/shop")).contains(.initNeedsLaterProxy))
        #expect(Self.ids(Self.initThroughProxy(target: "1.28", url: "postgres://[::1]:5432/shop")).contains(.initNeedsLaterProxy))
        var noProxy = Self.initThroughProxy(target: "1.28")
        noProxy.companions.removeFirst()
        #expect(!Self.ids(noProxy).contains(.initNeedsLaterProxy))
    }

    /// An init step running the main image, in a workload of `replicas`.
    static func migration(replicas: Int, workload: Workload = .service, image: String = "nginx:1.27") -> Design {
        var design = Support.design(.together(timing: .beforeMain), workload: workload)
        design.main.replicas = replicas
        design.companions[0].image = image
        return design
    }

    @Test func anInitStepOfTheMainImageInManyReplicasRaces() {
        let finding = Advisor.decide(Self.migration(replicas: 3)).findings.first { $0.check == .initRacesReplicas }
        #expect(finding?.level == .note)
        #expect(finding?.facts == ["main": "main", "replicas": "3"])
        #expect(Self.ids(Self.migration(replicas: 2, workload: .stateful, image: "nginx:1.26")).contains(.initRacesReplicas))
        #expect(Self.ids(Self.migration(replicas: 2, image: "nginx@sha256:abc")).contains(.initRacesReplicas))
    }

    @Test func anInitStepOnceOrOfAnotherImageDoesNotRace() {
        #expect(!Self.ids(Self.migration(replicas: 1)).contains(.initRacesReplicas))
        #expect(!Self.ids(Self.migration(replicas: 3, image: "busybox:1.36")).contains(.initRacesReplicas))
        #expect(!Self.ids(Self.migration(replicas: 3, image: "registry.example.com/nginx:1.27")).contains(.initRacesReplicas))
        var daemon = Self.migration(replicas: 1, workload: .daemon)
        daemon.main.replicas = 1
        #expect(!Self.ids(daemon).contains(.initRacesReplicas))
        var job = Self.migration(replicas: 3)
        job.companions[0].answers.set(.scaling(.independent))
        #expect(!Self.ids(job).contains(.initRacesReplicas))
    }

    /// A secret written out in `env` is warned once per container, naming the variables in file order: a secret
    /// name with a value, or a URL with a password; a reference, an empty value, a `_FILE` path and a URL without a
    /// password are not.
    @Test func aSecretInPlainEnvIsWarned() {
        var design = Support.design(Answers.together())
        design.main.settings.env = [
            EnvVariable("DATABASE_URL", "postgres://shop:s3cret@db:5432/shop"), EnvVariable("MODE", "web"),
            EnvVariable("API_TOKEN", "abc123"),
        ]
        design.companions[0].settings.env = [EnvVariable("AMQP_URL", "amqp://guest:guest@mq:5672/")]
        let findings = Advisor.decide(design).findings.filter { $0.check == .envPlainSecret }
        #expect(findings.map(\.container) == [design.main.name, design.companions[0].name])
        #expect(findings.map { $0.facts["names"] } == ["DATABASE_URL, API_TOKEN", "AMQP_URL"])
        #expect(findings.allSatisfy { $0.level == .warning })
        design.main.settings.env = [
            EnvVariable("DATABASE_URL", "postgres://shop:$(DATABASE_PASSWORD)@db:5432/shop"),
            EnvVariable("DATABASE_PASSWORD", ""), EnvVariable("POSTGRES_PASSWORD_FILE", "/run/secrets/db"),
            EnvVariable("CACHE_URL", "redis://cache:6379/0"), EnvVariable("BROKER_URL", "redis://:@redis:6379/0"),
            EnvVariable("API_TOKEN", "${API_TOKEN}"),
        ]
        design.companions[0].settings.env = []
        #expect(!Self.ids(design).contains(.envPlainSecret))
    }

    @Test func passwordsInURLsAreFoundAndMasked() {
        let text = "--db=postgres://app:s3cret@db:5432/shop --cache=redis://cache:6379 mongodb://root:ex@mongo,other:27017/"
        #expect(ContainerSettings.urlPasswords(in: text).map { String(text[$0]) } == ["s3cret", "ex"])
        #expect(ContainerSettings.maskingPasswords(text)
            == "--db=postgres://app:***@db:5432/shop --cache=redis://cache:6379 mongodb://root:***@mongo,other:27017/")
        #expect(ContainerSettings.urlPasswords(in: "user:pass@host, http://example.com/a:b@c").isEmpty)
    }

    @Test func sidecarWithNoChannelIsWarned() {
        let lonely = Support.design(Answers.together(), sharedPaths: [], localPort: nil)
        #expect(Self.ids(lonely) == [.colocateNoChannel])
        #expect(Self.ids(Support.design(Answers.together(), sharedPaths: [], ports: [9100], localPort: nil)).isEmpty)
        #expect(Self.ids(Support.design(Answers.together(), sharedPaths: ["/x"], localPort: nil)).isEmpty)
        let adapter = Support.design(Answers.together(function: .transformOutput), sharedPaths: [], localPort: nil)
        #expect(Self.ids(adapter) == [.colocateNoChannel])
        let ambassador = Support.design(Answers.together(function: .proxyOutbound), sharedPaths: [], localPort: 6380)
        #expect(Self.ids(ambassador).isEmpty)
    }

    @Test func crowdedPodHasMoreThanFourContainers() {
        var design = Support.design(Answers.together())
        design.companions = (1...4).map { Companion(name: "c\($0)", image: "x", answers: Answers.together(), sharedPaths: ["/s"]) }
        let finding = Advisor.decide(design).findings.first { $0.check == .podCrowded }
        #expect(finding?.facts["count"] == "5")
        design.companions.removeLast()
        #expect(!Self.ids(design).contains(.podCrowded))
    }

    /// Init containers run to completion before the others, so they do not crowd the pod.
    @Test func crowdedPodCountsOnlyLongRunningContainers() {
        var design = Support.design(Answers.together())
        design.companions = (1...4).map { Companion(name: "c\($0)", image: "x", answers: Answers.together(), sharedPaths: ["/s"]) }
        design.companions[0].answers.timing = .beforeMain
        #expect(Advisor.decide(design).pod.containerCount == 5)
        #expect(!Self.ids(design).contains(.podCrowded))
        design.companions.append(Companion(name: "c5", image: "x", answers: Answers.together(), sharedPaths: ["/s"]))
        let finding = Advisor.decide(design).findings.first { $0.check == .podCrowded }
        #expect(finding?.facts["count"] == "5")
    }

    /// `recommend` and `audit` of the manifest it emits agree on pod.crowded, with native and with classic sidecars.
    @Test(arguments: ["1.28", "1.33"], [3, 4])
    func recommendAndAuditAgreeOnACrowdedPod(_ target: String, _ sidecars: Int) {
        var design = Support.design(Answers.together(), target: target)
        design.companions = [Companion(name: "setup", image: "x", answers: Answers.together(timing: .beforeMain), sharedPaths: ["/s"])]
            + (1...sidecars).map { Companion(name: "c\($0)", image: "x", answers: Answers.together(), sharedPaths: ["/s"]) }
        let decision = Advisor.decide(design)
        var report = AuditReport(target: decision.target)
        report.audit(StarterManifest(decision, catalog: Catalog(.en)).yaml(), file: "app.yaml")
        let recommended = decision.findings.filter { $0.check == .podCrowded }.map { $0.facts["count"] }
        let audited = report.findings.filter { $0.check == .podCrowded }.map { $0.facts["count"] }
        #expect(recommended == audited)
        #expect(recommended == (sidecars == 4 ? ["5"] : []))
    }

    @Test func ambassadorWithoutLocalPortIsAnError() {
        let design = Support.design(Answers.together(function: .proxyOutbound), localPort: nil)
        let decision = Advisor.decide(design)
        #expect(decision.findings.map(\.check) == [.ambassadorNoLocalPort])
        #expect(decision.hasErrors)
    }

    @Test func nativeStyleOnAnOldTargetIsAnError() {
        let decision = Advisor.decide(Support.design(Answers.together(), target: "1.28", style: .native))
        #expect(decision.findings.first?.check == .nativeUnsupported)
        #expect(decision.hasErrors)
        #expect(!Self.ids(Support.design(Answers.together(), target: "1.29", style: .native)).contains(.nativeUnsupported))
    }

    @Test func separatedCompanionCannotShareAnEmptyDir() {
        let decision = Advisor.decide(Support.design(Answers.together(scaling: .independent), sharedPaths: ["/data"]))
        #expect(decision.findings.map(\.check) == [.separateSharedPath])
        #expect(decision.pod.volumes.isEmpty)
    }

    @Test(arguments: CheckID.allCases)
    func everyCheckHasAMessageInEveryLanguage(_ check: CheckID) {
        for language in Language.allCases {
            let finding = Finding(check: check, location: .start, container: "helper", facts: ["role": "sidecar"])
            let message = finding.message(Catalog(language))
            #expect(!message.isEmpty && !message.contains("{container}"))
        }
    }
}
