import Foundation
@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing

/// Issue 16: files whose lines end in `\r` alone (old Mac files) or `\r\n` are read line by line as YAML reads them,
/// by every reader: the design file, import and audit's document splitter. Before, a `\r`-only file that starts
/// with a comment was one long comment: audit said "0 documents", import said the file holds nothing.
@Suite struct LineEndingTests {
    /// The text with its `\n` line breaks written as `ending`.
    static func ended(_ text: String, _ ending: String) -> String { text.replacingOccurrences(of: "\n", with: ending) }

    static let pod = """
        # a pod whose two containers both listen on 80
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
            - name: a
              image: nginx:1.27
              ports: [{containerPort: 80}]
            - name: b
              image: busybox:1.36
              ports: [{containerPort: 80}]

        """

    @Test(arguments: ["\r", "\r\n"])
    func auditFindsThePortConflictWhateverEndsTheLines(_ ending: String) {
        var report = AuditReport(target: .newest)
        report.audit(Self.ended(Self.pod, ending), file: "p.yaml")
        #expect(report.documents == 1)
        #expect(report.findings.map(\.check) == [.conflictPort])
        #expect(report.findings.first?.location.line == 13, "the line YAML counts, as with \\n")
    }

    @Test func theSplitterCutsAtALoneReturnEvenWhenTheStreamIsFedByteByByte() {
        let text = "# one\r---\rkind: A\r---\r\nkind: B\r"
        var splitter = DocumentSplitter()
        var chunks: [DocumentSplitter.Chunk] = []
        for character in text { chunks += splitter.feed(String(character)) }
        chunks += splitter.finish()
        #expect(chunks == DocumentSplitter.split(text))
        #expect(chunks.map(\.firstLine) == [2, 4])
        #expect(chunks.map { $0.text.contains("kind: A") } == [true, false])
    }

    @Test(arguments: ["\r", "\r\n"])
    func importReadsTheManifest(_ ending: String) throws {
        let result = try Importer.design(Data(Self.ended(Self.pod, ending).utf8), file: "p.yaml", main: nil, catalog: Catalog(.en))
        #expect(result.design.main.name == "a")
        #expect(result.design.companions.map(\.name) == ["b"])
    }

    @Test(arguments: ["\r", "\r\n"])
    func importReadsAComposeFileAndPlacesItsNotes(_ ending: String) throws {
        let compose = "# shop\nservices:\n  web:\n    image: nginx:1.27\n    build: .\n  log:\n    image: fluent/fluent-bit:3.1\n"
        let plain = try Importer.design(Data(compose.utf8), file: "c.yaml", main: "web", catalog: Catalog(.en))
        let ended = try Importer.design(Data(Self.ended(compose, ending).utf8), file: "c.yaml", main: "web", catalog: Catalog(.en))
        #expect(ended.design == plain.design)
        #expect(ended.notes == plain.notes)
    }

    static let design = """
        # a shop
        podwright: 1
        name: shop
        main: {name: web, image: nginx:1.27}
        companions:
          - name: log
            image: fluent/fluent-bit:3.1
            coupling: tight  # reads the logs web writes

        """

    @Test(arguments: ["\r", "\r\n"])
    func theDesignFileKeepsItsLineComments(_ ending: String) throws {
        let design = try Support.parse(Self.ended(Self.design, ending))
        #expect(design.companions[0].notes[.coupling] == "reads the logs web writes")
    }

    @Test(arguments: ["\r", "\r\n"])
    func aKeyWrittenTwiceIsPlacedAtItsSecondLine(_ ending: String) {
        let text = Self.ended("podwright: 1\nname: shop\nmain: {name: web, image: b}\nmain: {name: web, image: b}\n", ending)
        #expect(Support.error(text) == "test.yaml:4:1: the key 'main' is written twice in one mapping (first on line 3)")
    }

    @Test func lineFeedsLeaveOtherTextAlone() {
        #expect("a\rb\r\nc\n\r\rd".withLineFeeds == "a\nb\nc\n\n\nd")
        let plain = "파드\nx"
        #expect(plain.withLineFeeds == plain)
    }
}
