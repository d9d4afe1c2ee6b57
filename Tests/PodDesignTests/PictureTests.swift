import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing

/// Issue 17: the pods as Mermaid (in `explain`) and as SVG, and a pod's lifecycle as SVG. Headless Chromium lays
/// the SVGs out in `Tests/Pictures/svg_test.py`; these tests hold the bytes and the structure.
@Suite struct PictureTests {
    static func picture(_ design: Design, _ language: Language = .en) -> PodPicture {
        PodPicture(Advisor.decide(design), catalog: Catalog(language))
    }

    @Test(arguments: Support.exampleNames)
    func picturesMatchGolden(_ name: String) throws {
        let decision = Advisor.decide(try Support.example(name))
        let catalog = Catalog(.en)
        let picture = PodPicture(decision, catalog: catalog)
        try GoldenTests.check(picture.mermaid().joined(separator: "\n") + "\n", against: "pictures/\(name).mmd")
        try GoldenTests.check(picture.svg(title: catalog[.pictureTitle, ["design": decision.design.name]], catalog: catalog),
                              against: "pictures/\(name).svg")
        try GoldenTests.check(LifecycleTimeline(picture.pods[0], catalog: catalog).svg(), against: "pictures/\(name)-lifecycle.svg")
    }

    @Test func koreanPicturesMatchGolden() throws {
        let decision = Advisor.decide(try Support.example("whole-app"))
        let catalog = Catalog(.ko)
        let picture = PodPicture(decision, catalog: catalog)
        try GoldenTests.check(picture.svg(title: catalog[.pictureTitle, ["design": decision.design.name]], catalog: catalog),
                              against: "pictures/ko/whole-app.svg")
        try GoldenTests.check(LifecycleTimeline(picture.pods[1], catalog: catalog).svg(), against: "pictures/ko/whole-app-lifecycle-api.svg")
    }

    /// A structural check of the Mermaid text, as no Mermaid parser installs from Debian or PyPI: subgraphs close,
    /// ids are declared once, every edge joins declared ids, every label is one quoted string.
    @Test(arguments: Support.exampleNames)
    func mermaidIsWellFormed(_ name: String) throws {
        let lines = Self.picture(try Support.example(name)).mermaid()
        #expect(lines.first == "flowchart LR")
        var depth = 0
        var declared: [String] = []
        for line in lines.dropFirst() {
            let words = line.split(separator: " ")
            if words.first == "subgraph" {
                depth += 1
                declared.append(String(words[1].prefix { $0 != "[" }))
            } else if line.trimmingCharacters(in: .whitespaces) == "end" {
                depth -= 1
            } else if line.hasPrefix("    "), let id = line.trimmingCharacters(in: .whitespaces).split(separator: "[").first, line.contains("\"") {
                declared.append(String(id.prefix { $0 != "(" }))
            }
            #expect(depth >= 0 && depth <= 1, "\(line)")
            #expect(line.filter { $0 == "\"" }.count % 2 == 0, "\(line)")
        }
        #expect(depth == 0)
        #expect(Set(declared).count == declared.count)
        let edges = lines.filter { $0.contains("-->") || $0.contains(".->") || $0.contains("---") }
        for edge in edges {
            let words = edge.split(separator: " ")
            #expect(declared.contains(String(words[0])), "\(edge)")
            #expect(declared.contains(String(words[words.count - 1])), "\(edge)")
        }
        #expect(!edges.isEmpty || lines.count > 1)
    }

    @Test func explainDrawsMermaidUnlessAskedForText() throws {
        let decision = Advisor.decide(try Support.example("log-shipper"))
        let record = DecisionRecord(decision, catalog: Catalog(.en))
        #expect(record.markdown().contains("```mermaid\nflowchart LR\n"))
        #expect(!record.markdown().contains("```text"))
        #expect(record.markdown(diagram: .text).contains("```text\n┌─ pod of"))
    }

    @Test func theStartOrderAndTheLinksFollowTheDecision() throws {
        let picture = Self.picture(try Support.example("whole-app"))
        let names = Dictionary(uniqueKeysWithValues: picture.containers.map { ($0.id, $0.name) })
        func pairs(_ kind: PictureLink.Kind) -> [String] {
            picture.links.filter { $0.kind == kind }.map { "\(names[$0.from]!)>\(names[$0.to]!)" }
        }
        #expect(pairs(.startsBefore) == ["web-logs>web", "api-db-pool>api", "db-metrics>db"])
        #expect(pairs(.localhost) == ["api>api-db-pool"])
        #expect(pairs(.network) == ["web>api", "api>db"])
        #expect(pairs(.runsOnce) == ["migrate>api"])
        #expect(picture.podColumns().map { $0.map(\.title) } == [
            ["pod of Deployment shop · 3 replicas"], ["pod of Deployment api"], ["pod of Job migrate", "pod of StatefulSet db"],
        ])
    }

    /// Names from the design cannot end a Mermaid label or break the SVG's XML.
    @Test func namesAreEscaped() throws {
        var design = Support.design(Answers(lifecycle: .same, coupling: .tight), localPort: nil)
        design.main.name = "a\"b<c>#d&e"
        design.companions[0].name = "x\"]\n<y"
        let picture = Self.picture(design)
        let mermaid = picture.mermaid().joined(separator: "\n")
        #expect(mermaid.contains("a#quot;b#lt;c#gt;#35;d&e"))
        #expect(!mermaid.contains("x\"]"))
        let svg = picture.svg(title: "t\"<", catalog: Catalog(.en))
        #expect(svg.contains("a&quot;b&lt;c&gt;#d&amp;e"))
        #expect(Self.isWellFormedXML(svg))
        #expect(Self.isWellFormedXML(LifecycleTimeline(picture.pods[0], catalog: Catalog(.en)).svg()))
    }

    /// Init containers run one after another before the host; native sidecars start before it and stop after it,
    /// the last started first; classic sidecars run beside it.
    @Test func theLifecycleOrdersTheBars() throws {
        let decision = Advisor.decide(try Support.example("wait-for-db"))
        var picture = PodPicture(decision, catalog: Catalog(.en))
        let ids = ["i1", "i2", "n1", "n2", "m", "s"]
        let kinds: [PictureContainer.Kind] = [.initContainer, .initContainer, .nativeSidecar, .nativeSidecar, .main, .sidecar]
        picture.pods[0].containers = zip(ids, kinds).map { PictureContainer(id: $0, name: $0, label: $1.rawValue, ports: "", kind: $1) }
        let timeline = LifecycleTimeline(picture.pods[0], catalog: Catalog(.en))
        let spans = Dictionary(uniqueKeysWithValues: picture.pods[0].containers.map {
            ($0.id, timeline.span($0, startX: 100, runX: 400, stopX: 700))
        })
        #expect(spans["i1"]!.1 <= spans["i2"]!.0)
        #expect(spans["i2"]!.1 <= spans["n1"]!.0)
        #expect(spans["n1"]!.0 < spans["n2"]!.0 && spans["n2"]!.0 < spans["m"]!.0)
        #expect(spans["m"]!.1 < spans["n2"]!.1 && spans["n2"]!.1 < spans["n1"]!.1)
        #expect(spans["s"]! == spans["m"]!)
        #expect(Self.isWellFormedXML(timeline.svg()))
    }

    @Test func sameDesignGivesSameBytes() throws {
        let outputs = try (0..<3).map { _ in
            let picture = Self.picture(try Support.example("whole-app"))
            return picture.svg(title: "x", catalog: Catalog(.en)) + picture.mermaid().joined()
        }
        #expect(Set(outputs).count == 1)
    }

    static func isWellFormedXML(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }
}

extension PictureTests {
    /// The pictures in the README and the workshop guides are what `podwright diagram` draws today (`make docs`).
    @Test(arguments: [("whole-app.svg", Language.en, false), ("whole-app.ko.svg", .ko, false),
                      ("api-lifecycle.svg", .en, true), ("api-lifecycle.ko.svg", .ko, true)])
    func docsPicturesAreCurrent(_ file: String, _ language: Language, _ lifecycle: Bool) throws {
        let decision = Advisor.decide(try Support.example("whole-app"))
        let catalog = Catalog(language)
        let picture = PodPicture(decision, catalog: catalog)
        let drawn = lifecycle
            ? LifecycleTimeline(picture.pods[1], catalog: catalog).svg()
            : picture.svg(title: catalog[.pictureTitle, ["design": decision.design.name]], catalog: catalog)
        let kept = try String(contentsOf: Support.root.appendingPathComponent("docs/pictures/\(file)"), encoding: .utf8)
        #expect(kept == drawn, "docs/pictures/\(file) is out of date: run make docs")
    }
}
