import Testing
@testable import PodDesign

/// Writing a design and reading it back gives the same design, and the same manifest.
@Suite struct DesignWriterTests {
    /// The design without source locations, which writing cannot keep.
    static func placeless(_ design: Design) -> Design {
        var design = design
        design.sidecarStyleLocation = .start
        design.main.location = .start
        design.main.ports = design.main.ports.map { var p = $0; p.location = .start; return p }
        design.companions = design.companions.map { companion in
            var c = companion
            c.location = .start
            c.localPortLocation = nil
            c.answerLocations = [:]
            c.ports = c.ports.map { var p = $0; p.location = .start; return p }
            return c
        }
        return design
    }

    @Test(arguments: Support.exampleNames)
    func examplesRoundTrip(_ name: String) throws {
        let design = try Support.example(name)
        let again = try Support.parse(DesignWriter.yaml(design))
        #expect(Self.placeless(again) == Self.placeless(design))
        let catalog = Catalog(.en)
        #expect(StarterManifest(Advisor.decide(again), catalog: catalog).yaml()
            == StarterManifest(Advisor.decide(design), catalog: catalog).yaml())
    }

    @Test func everyAnswerCombinationRoundTrips() throws {
        for answers in AnswerSpace.all {
            var design = Support.design(answers, style: .classic)
            design.main.ports = [Port(number: 53, name: "dns", proto: .UDP), Port(number: 80)]
            design.companions[0].upstream = "redis:6379"
            let again = try Support.parse(DesignWriter.yaml(design))
            #expect(Self.placeless(again) == Self.placeless(design))
        }
    }

    @Test func assumedAnswersStayAssumed() throws {
        let design = try Support.parse("podwright: 1\nname: shop\nmain: {name: web, image: nginx}\ncompanions:\n  - {name: a, image: b, coupling: loose}\n")
        let text = DesignWriter.yaml(design)
        #expect(!text.contains("lifecycle"))
        #expect(try Support.parse(text).companions[0].answers.assumed == design.companions[0].answers.assumed)
    }
}
