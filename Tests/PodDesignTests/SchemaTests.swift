@testable import PodDesign
@testable import PodModel
import Testing

/// The design file's schema: one table per mapping, every key in one, typed paths and answers.
@Suite struct SchemaTests {
    static var tableKeys: [[FieldKey]] {
        [
            DesignSchema.design.keys, DesignSchema.main.keys, DesignSchema.companion.keys, DesignSchema.port.keys,
            DesignSchema.probe.keys, DesignSchema.resources.keys, DesignSchema.amounts.keys,
        ]
    }

    @Test func everyKeyBelongsToATableAndNoTableHasAKeyTwice() {
        let used = Set(Self.tableKeys.flatMap { $0 })
        #expect(used == Set(FieldKey.allCases))
        for keys in Self.tableKeys { #expect(Set(keys).count == keys.count) }
    }

    @Test func theCompanionTableHasEveryQuestionInOrder() {
        let answers = DesignSchema.companion.fields.filter { $0.shape == .answer }.map(\.key)
        #expect(answers == Question.allCases.map(FieldKey.init))
    }

    @Test(arguments: Question.allCases)
    func everyAnswerReadsBackFromItsWord(_ question: Question) {
        let words = question.choices.map(\.word)
        #expect(Set(words).count == words.count)
        for answer in question.choices {
            #expect(answer.question == question)
            #expect(Answer(question, word: answer.word) == answer)
            var answers = Answers()
            answers.set(answer)
            #expect(answers.answer(to: question) == answer)
        }
        #expect(Answer(question, word: "sometimes") == nil)
    }

    @Test func errorsCarryTypedPaths() throws {
        let text = BadInputTests.companion + "    ports: [80, {port: 81, name: Bad_Name}]\n"
        do {
            _ = try DesignParser.parse(text, file: "test.yaml")
            Issue.record("parsed")
        } catch {
            #expect(error.field == FieldPath.companion(0, .ports)[1] / .name)
            #expect(error.field.description == "companions[0].ports[1].name")
            #expect(error.field.isWithin(.companion(0)))
            #expect(!error.field.isWithin(.companion(1)))
            #expect(!error.field.isWithin(.top(.name)))
        }
    }

    @Test func companionsAreCheckedAgainstNamesWrittenAfterThem() {
        let text = "podwright: 1\ncompanions:\n  - {name: shop, image: busybox}\nname: shop\nmain: {name: web, image: nginx}\n"
        #expect(throws: DesignError.self) { try DesignParser.parse(text, file: "t.yaml") }
        do {
            _ = try DesignParser.parse(text, file: "t.yaml")
        } catch {
            #expect(error.problem == .nameIsDesignName(found: "shop"))
            #expect(error.location == SourceLocation(line: 3, column: 12))
        }
    }

    @Test func theAnnotationHoldsExactlyTheAnnotatedFields() throws {
        var design = try Support.example("redis-proxy")
        design.kubernetes = KubernetesVersion("1.30")
        design.sidecarStyle = .classic
        design.companions[0].sharedPaths = ["/run"]
        design.companions[0].ports = [Port(number: 9121)]
        design.companions[0].serves = design.main.name
        design.security = .baseline
        let settings = ContainerSettings(
            command: ["run"], args: ["--fast"], env: [EnvVariable("A", "1")], secretEnv: ["TOKEN"], dataPath: "/var/lib/x", security: .baseline,
            probe: ContainerProbe(check: .http(path: "/ready", port: 8080), interval: 5),
            resources: ContainerResources(requests: ResourceAmounts(cpu: "250m"), limits: ResourceAmounts(memory: "1Gi"))
        )
        design.main.settings = settings
        design.companions[0].settings = settings
        let node = try #require(DesignAnnotation.read(DesignAnnotation.value(design)))
        let top = Array(node.mapping!.keys.compactMap(\.string))
        #expect(top == DesignSchema.design.fields.filter(\.annotated).map(\.key.rawValue) + ["main", "companions"])
        let main = try #require(node["main"]?.mapping)
        #expect(Array(main.keys.compactMap(\.string)) == DesignSchema.main.fields.filter(\.annotated).map(\.key.rawValue))
        #expect(Array(main.keys.compactMap(\.string)) == ["secretEnv", "dataPath", "security", "probe", "resources"])
        #expect(node["main"]?["probe"]?["http"]?.string == "/ready")
        #expect(node["main"]?["resources"]?["limits"]?["memory"]?.string == "1Gi")
        let entry = try #require(node["companions"]?.sequence?.first)
        let keys = Array(entry.mapping!.keys.compactMap(\.string))
        #expect(keys == DesignSchema.companion.fields.filter(\.annotated).map(\.key.rawValue))
    }

    @Test func typedTextBecomesTheFieldsShape() {
        #expect(FieldShape.ports.node(entered: "80, dns=53/udp") == .sequence([
            .int(80), .mapping([YAMLEntry("port", .int(53)), YAMLEntry("name", .string("dns")), YAMLEntry("protocol", .string("UDP"))]),
        ]))
        #expect(FieldShape.ports.node(entered: " ") == nil)
        #expect(FieldShape.integer.node(entered: " 3 ") == .int(3))
        #expect(FieldShape.integer.node(entered: "three") == .string("three"))
        #expect(FieldShape.trimmedText.node(entered: "  ") == nil)
        #expect(FieldShape.paths.node(entered: "/a, /b") == .sequence([.string("/a"), .string("/b")]))
        #expect(FieldShape.entered([Port(number: 80), Port(number: 53, name: "dns", proto: .UDP)]) == "80, dns=53/udp")
    }
}
