@testable import PodDesign
@testable import PodEngine
@testable import PodModel
import Testing

/// The articles' own examples, as design files in Resources/examples, with their expected placements.
@Suite struct ArticleCaseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var expected: [String: Placement]
        var volumes: [String] = []
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "model-init", expected: [
            "model-loader": .colocated(role: .initContainer, native: false, justifications: [.lifecycle, .coupling]),
        ], volumes: ["/models"]),
        Case(file: "wait-for-db", expected: [
            "wait-for-db": .colocated(role: .initContainer, native: false, justifications: [.lifecycle]),
        ]),
        Case(file: "log-shipper", expected: [
            "log-shipper": .colocated(role: .sidecar, native: true, justifications: [.lifecycle, .coupling]),
        ], volumes: ["/var/log/nginx"]),
        Case(file: "git-sync", expected: [
            "git-sync": .colocated(role: .sidecar, native: true, justifications: [.lifecycle, .coupling]),
        ], volumes: ["/git"]),
        Case(file: "log-adapter", expected: [
            "log-adapter": .colocated(role: .adapter, native: true, justifications: [.lifecycle, .coupling, .noCodeChange]),
        ], volumes: ["/var/log"]),
        Case(file: "redis-proxy", expected: [
            "redis-proxy": .colocated(role: .ambassador, native: true, justifications: [.lifecycle, .coupling, .noCodeChange]),
        ]),
        Case(file: "legacy-db-url", expected: [
            "db-ambassador": .colocated(role: .ambassador, native: true, justifications: [.noCodeChange]),
        ]),
        Case(file: "multi-tier", expected: [
            "was": .separate(.deployment), "db": .separate(.statefulSet), "mq": .separate(.statefulSet),
        ]),
    ]

    @Test(arguments: cases)
    func examplePlacesItsCompanions(_ c: Case) throws {
        let decision = Advisor.decide(try Support.example(c.file))
        #expect(decision.companions.count == c.expected.count)
        for item in decision.companions {
            #expect(item.placement == c.expected[item.companion.name], "\(item.companion.name)")
        }
        #expect(decision.pod.volumes.map(\.path) == c.volumes)
        #expect(!decision.hasErrors)
    }

    @Test func logShipperIsClassicBefore129() throws {
        var design = try Support.example("log-shipper")
        design.kubernetes = KubernetesVersion("1.28")
        let decision = Advisor.decide(design)
        #expect(decision.companions[0].placement == .colocated(role: .sidecar, native: false, justifications: [.lifecycle, .coupling]))
        #expect(decision.pod.containers.map(\.companion.name) == ["log-shipper"])
        #expect(decision.pod.initContainers.isEmpty)
    }

    @Test func multiTierLeavesWebAlone() throws {
        let decision = Advisor.decide(try Support.example("multi-tier"))
        #expect(decision.pod.containerCount == 1)
        #expect(decision.companions.map(\.rule) == [.separateScaling, .separateStateful, .separateStateful])
    }

    @Test func everyExampleIsCoveredByACase() {
        #expect(Set(Support.exampleNames).isSuperset(of: Self.cases.map(\.file)))
    }
}
