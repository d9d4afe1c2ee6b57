@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing

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
            c.servesLocation = nil
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

    /// Container settings using every field, with values YAML would read as other things unquoted.
    static let settings = ContainerSettings(
        command: ["gunicorn"], args: ["shop.wsgi", "--bind", "0.0.0.0:8080", "8080", "yes"],
        env: [EnvVariable("Z_LAST_FIRST", "1"), EnvVariable("DEBUG", "true"), EnvVariable("EMPTY", ""), EnvVariable("a.b-c", "x: y")],
        secretEnv: ["DATABASE_PASSWORD", "TOKEN"], dataPath: "/var/lib/postgresql/data", security: .restricted,
        probe: ContainerProbe(check: .http(path: "/healthz", port: 8080), interval: 5, timeout: 2, retries: 4, startPeriod: 40),
        resources: ContainerResources(requests: ResourceAmounts(cpu: "250m", memory: "256Mi"), limits: ResourceAmounts(cpu: "1", memory: "512Mi"))
    )

    @Test func settingsAreWrittenInTableOrderAndFileOrder() throws {
        var design = try Support.example("redis-proxy")
        design.main.settings = Self.settings
        let text = DesignWriter.yaml(design)
        #expect(text.contains("""
              command:
                - gunicorn
              args:
                - shop.wsgi
                - "--bind"
                - "0.0.0.0:8080"
                - "8080"
                - "yes"
              env:
                Z_LAST_FIRST: "1"
                DEBUG: "true"
                EMPTY: ""
                a.b-c: "x: y"
              secretEnv:
                - DATABASE_PASSWORD
                - TOKEN
              dataPath: /var/lib/postgresql/data
              security: restricted
              probe:
                http: /healthz
                port: 8080
                interval: 5
                timeout: 2
                retries: 4
                startPeriod: 40
              resources:
                requests:
                  cpu: "250m"
                  memory: "256Mi"
                limits:
                  cpu: "1"
                  memory: "512Mi"
            """))
        #expect(Self.placeless(try Support.parse(text)) == Self.placeless(design))
    }

    @Test func everyAnswerCombinationRoundTrips() throws {
        for answers in AnswerSpace.all {
            var design = Support.design(answers, style: .classic)
            design.main.ports = [Port(number: 53, name: "dns", proto: .UDP), Port(number: 80)]
            design.companions[0].upstream = "redis:6379"
            design.companions[0].settings = Self.settings
            design.main.settings = Self.settings
            design.security = .baseline
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
