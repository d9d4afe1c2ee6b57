@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing

/// Whole applications: companions that serve a companion placed apart, decided and laid out in its pod.
@Suite struct ServesTests {
    /// `api` placed apart (a Deployment, a StatefulSet or a Job by `hostAnswers`), and the mixed helpers of
    /// `LayoutTests` serving it.
    static func application(target: String, hostAnswers: Answers = Answers.together(scaling: .independent), hostPorts: [Int] = [9000]) -> Design {
        var design = LayoutTests.mixed(target: target)
        design.companions = design.companions.map { var c = $0; c.serves = "api"; return c }
        design.companions.insert(Companion(
            name: "api", image: "shop/api:1", answers: hostAnswers, ports: hostPorts.map { Port(number: $0) }
        ), at: 0)
        return design
    }

    @Test func helpersOfACompanionPlacedApartFormItsPodInTheSameOrderAsTheMainPod() throws {
        let decision = Advisor.decide(Self.application(target: "1.29"))
        #expect(decision.pods.map(\.host) == ["main", "api"])
        #expect(decision.pod.companions.isEmpty, "nothing joins the main pod")
        let api = try #require(decision.pod(hostedBy: "api"))
        #expect(api.kind == .deployment)
        #expect(api.initContainers.map(\.companion.name) == ["proxy", "init-a", "init-b", "shipper", "adapter"])
        #expect(api.volumes.map(\.containers) == [["api", "shipper", "adapter"], ["api", "init-a"]])
        #expect(decision.companions.filter { $0.companion.name != "api" }.allSatisfy { $0.host == "api" })
    }

    @Test func classicFormRunsTheHelpersAsContainersOfTheServedPod() {
        let api = Advisor.decide(Self.application(target: "1.28")).pod(hostedBy: "api")!
        #expect(api.initContainers.map(\.companion.name) == ["init-a", "init-b"])
        #expect(api.containers.map(\.companion.name) == ["shipper", "proxy", "adapter"])
    }

    @Test func aStatefulSetsPodKeepsTheDataClaimName() {
        var design = Self.application(target: "1.33", hostAnswers: Answers.together(state: .stateful))
        design.companions[1].sharedPaths = ["/data"]
        let db = Advisor.decide(design).pod(hostedBy: "api")!
        #expect(db.kind == .statefulSet)
        #expect(!db.volumes.map(\.name).contains(PodLayout.dataClaimName))
    }

    @Test func everyPodIsChecked() {
        // A port conflict in the served pod, between api and its ambassador's localPort.
        let conflict = Advisor.decide(Self.application(target: "1.33", hostPorts: [6380]))
        #expect(conflict.findings.contains { $0.check == .conflictPort && $0.container == "proxy" })
        // Classic sidecars in a Job's pod keep it from completing.
        var job = Self.application(target: "1.28", hostAnswers: Answers.together(scaling: .independent, timing: .beforeMain))
        job.companions.removeAll { $0.name == "init-a" || $0.name == "init-b" }
        let jobDecision = Advisor.decide(job)
        #expect(jobDecision.pod(hostedBy: "api")?.kind == .job)
        #expect(Set(jobDecision.findings.filter { $0.check == .jobClassicSidecar }.map(\.container)) == ["shipper", "proxy", "adapter"])
        // Five long-running helpers crowd the served pod, not the main one.
        var crowded = Self.application(target: "1.33")
        crowded.companions += (1...2).map {
            Companion(name: "extra-\($0)", image: "busybox:1.36", serves: "api", answers: Answers.together(), ports: [Port(number: 7000 + $0)])
        }
        let crowdedFinding = Advisor.decide(crowded).findings.first { $0.check == .podCrowded }
        #expect(crowdedFinding?.container == "api")
    }

    @Test func aManifestWritesEachPodIntoItsWorkloadAndTheRecordSaysWhomEachServes() throws {
        let decision = Advisor.decide(try Support.example("whole-app"))
        let yaml = StarterManifest(decision, catalog: Catalog(.en)).yaml()
        let apiDocument = try #require(yaml.components(separatedBy: "\n---\n").first { $0.contains("kind: Deployment\nmetadata:\n  name: api\n") })
        #expect(apiDocument.contains("- name: api-db-pool"))
        #expect(apiDocument.contains("restartPolicy: Always  # native sidecar: starts before api and stops after it"))
        let record = DecisionRecord(decision, catalog: Catalog(.en)).markdown()
        #expect(record.contains("### Companions of api (Deployment)\n\n#### api-db-pool"))
        #expect(record.contains("#### db\n\n**Placed:** its own StatefulSet"))
        #expect(record.contains("api reaches it at db-0.db:5432"))
    }

    @Test func aDesignWithoutServesIsNotAWholeApplication() throws {
        #expect(!Advisor.decide(try Support.example("multi-tier")).servesBeyondMain)
        #expect(Advisor.decide(try Support.example("whole-app")).servesBeyondMain)
    }
}
