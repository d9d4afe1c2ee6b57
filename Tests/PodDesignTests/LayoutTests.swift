@testable import PodDesign
@testable import PodEngine
@testable import PodModel
import Testing

/// Native or classic form, and the order of containers in the main pod.
@Suite struct LayoutTests {
    static func companion(_ name: String, _ answers: Answers, paths: [String] = [], localPort: Int? = nil) -> Companion {
        Companion(name: name, image: "busybox:1.36", answers: answers, sharedPaths: paths, localPort: localPort)
    }

    static func mixed(target: String, style: SidecarStyle = .auto) -> Design {
        Design(
            name: "app", kubernetes: KubernetesVersion(target), sidecarStyle: style,
            main: MainContainer(name: "main", image: "nginx:1.27", ports: [Port(number: 80)]),
            companions: [
                companion("shipper", Answers.together(), paths: ["/logs"]),
                companion("init-a", Answers.together(timing: .beforeMain), paths: ["/data"]),
                companion("proxy", Answers.together(mainCodeChangeable: false, function: .proxyOutbound), localPort: 6380),
                companion("adapter", Answers.together(mainCodeChangeable: false, function: .transformOutput), paths: ["/logs"]),
                companion("init-b", Answers.together(timing: .beforeMain)),
            ]
        )
    }

    @Test func nativeOrderIsAmbassadorsThenInitsThenSidecars() {
        let decision = Advisor.decide(Self.mixed(target: "1.29"))
        #expect(decision.nativeSidecars)
        #expect(decision.pod.initContainers.map(\.companion.name) == ["proxy", "init-a", "init-b", "shipper", "adapter"])
        #expect(decision.pod.containers.isEmpty)
    }

    @Test func classicKeepsInitsAndRunsHelpersAsContainers() {
        let decision = Advisor.decide(Self.mixed(target: "1.28"))
        #expect(!decision.nativeSidecars)
        #expect(decision.pod.initContainers.map(\.companion.name) == ["init-a", "init-b"])
        #expect(decision.pod.containers.map(\.companion.name) == ["shipper", "proxy", "adapter"])
    }

    @Test(arguments: [("1.27", SidecarStyle.auto, false), ("1.28", .auto, false), ("1.29", .auto, true),
                      ("1.37", .auto, true), ("1.37", .classic, false), ("1.29", .native, true), ("1.28", .native, true)])
    func sidecarStyleAndTargetGiveTheForm(_ target: String, _ style: SidecarStyle, _ native: Bool) {
        #expect(Advisor.decide(Self.mixed(target: target, style: style)).nativeSidecars == native)
    }

    @Test func defaultTargetIsTheNewest() {
        var design = Self.mixed(target: "1.30")
        design.kubernetes = nil
        #expect(Advisor.decide(design).target == KubernetesVersion.newest)
        #expect(KubernetesVersion.newest.description == "1.37")
    }

    @Test func sharedPathsBecomeOneVolumeEachMountedByEveryUser() {
        let decision = Advisor.decide(Self.mixed(target: "1.33"))
        #expect(decision.pod.volumes == [
            SharedVolume(name: "logs", path: "/logs", containers: ["main", "shipper", "adapter"]),
            SharedVolume(name: "data", path: "/data", containers: ["main", "init-a"]),
        ])
    }

    @Test func volumeNamesAreUniqueLabels() {
        let names = SharedVolume.names(for: ["/a-b", "/a/b", "/A_B", "/", String(repeating: "/x", count: 50)])
        #expect(names == ["a-b", "a-b-2", "a-b-3", "shared", String(repeating: "x-", count: 31) + "x"])
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { NameRules.isDNSLabel($0) })
    }
}
