import Foundation
@testable import PodDesign
@testable import PodModel
import Testing
import Yams

/// The YAML writer: layout, quoting, and that what it writes reads back as the same values.
@Suite struct YAMLWriterTests {
    @Test func writesBlockStyleWithComments() {
        let doc = YAMLDocument(comments: ["head"], root: .mapping([
            YAMLEntry("a", .int(1), comment: "one"),
            YAMLEntry("list", .sequence([.mapping([YAMLEntry("name", .string("x")), YAMLEntry("on", .bool(true))]), .string("y")])),
            YAMLEntry("empty", .mapping([])),
            YAMLEntry("none", .sequence([])),
            YAMLEntry("nested", .mapping([YAMLEntry("b", .string("c"))]), comment: "TODO"),
        ]))
        #expect(YAMLWriter.write([doc, doc]).split(separator: "\n", omittingEmptySubsequences: false).prefix(13) == [
            "# head", "a: 1  # one", "list:", "  - name: x", "    \"on\": true", "  - \"y\"", "empty: {}", "none: []",
            "nested:  # TODO", "  b: c", "---", "# head", "a: 1  # one",
        ])
    }

    @Test(arguments: [
        ("nginx:1.27", "nginx:1.27"), ("1.30", "\"1.30\""), ("yes", "\"yes\""), ("No", "\"No\""), ("null", "\"null\""),
        ("~", "\"~\""), ("", "\"\""), ("-x", "\"-x\""), ("a: b", "\"a: b\""), ("a #b", "\"a #b\""), ("key:", "\"key:\""),
        ("파드", "\"파드\""), ("say \"hi\"", "\"say \\\"hi\\\"\""), ("a\nb", "\"a\\nb\""), ("/var/log", "/var/log"),
        ("100m", "\"100m\""), ("app.kubernetes.io/name", "app.kubernetes.io/name"), ("*x", "\"*x\""), ("&x", "\"&x\""),
    ])
    func quotesOnlyWhereNeeded(_ text: String, _ written: String) {
        #expect(YAMLWriter.scalar(.string(text)) == written)
    }

    @Test(arguments: ["nginx:1.27", "1.30", "yes", "No", "~", "", "-x", "a: b", "a #b", "파드 로그", "say \"hi\"",
                      "a\nb\tc", "\u{7}", "0x1F", "1e3", ".inf", "? x", "[a]", "{a}", "'q'", "%x", "@x", "`x", "!x",
                      "a\u{2028}b", "2026-11-22", "+1", "0o17", "=", "<<"])
    func everyStringReadsBackTheSame(_ text: String) throws {
        let yaml = YAMLWriter.write([YAMLDocument(root: .mapping([YAMLEntry("k", .string(text), comment: "c")]))])
        let node = try Yams.compose(yaml: yaml)
        #expect(node?["k"]?.string == text)
        let loaded = try Yams.load(yaml: yaml) as? [String: Any]
        #expect(loaded?["k"] as? String == text, "\(yaml)")
    }

    @Test func koreanIsNotEscaped() {
        let yaml = YAMLWriter.write([YAMLDocument(comments: ["파드 설계"], root: .mapping([YAMLEntry("note", .string("한국어"))]))])
        #expect(yaml == "# 파드 설계\nnote: \"한국어\"\n")
    }
}
