import Testing
@testable import PodDesign

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
