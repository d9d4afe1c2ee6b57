@testable import PodDesign
import Testing

/// Compose's variable substitution and `.env` format, on values alone.
@Suite struct InterpolatorTests {
    static let variables = ["TAG": "2.4", "EMPTY": "", "HOST": "db", "PORT": "5432"]
    static var interpolator: Interpolator { Interpolator { variables[$0] } }

    @Test(arguments: [
        ("plain text", "plain text"),
        ("$TAG", "2.4"),
        ("v${TAG}-x", "v2.4-x"),
        ("${UNSET:-latest}", "latest"),
        ("${EMPTY:-latest}", "latest"),
        ("${EMPTY-latest}", ""),
        ("${UNSET-latest}", "latest"),
        ("${TAG:-latest}", "2.4"),
        ("${TAG:+set}", "set"),
        ("${EMPTY:+set}", ""),
        ("${EMPTY+set}", "set"),
        ("${UNSET+set}", ""),
        ("${EMPTY?never}", ""),
        ("${UNSET:-${HOST:-x}}:${PORT}", "db:5432"),
        ("${UNSET:-{a}}", "{a}"),
        ("price: $$5 and $$TAG", "price: $5 and $TAG"),
        ("$(cat /etc/hostname) $1 $ end$", "$(cat /etc/hostname) $1 $ end$"),
        ("postgres://$HOST:$PORT/shop", "postgres://db:5432/shop"),
        ("한글 ${TAG}", "한글 2.4"),
    ])
    func substitutesAsComposeDoes(_ template: String, _ expected: String) throws {
        #expect(try Self.interpolator.substitute(template).text == expected)
    }

    @Test func unsetPlainReferencesAreListedWithWhereTheyAre() throws {
        let result = try Self.interpolator.substitute("$A-${A}-${B:-x}-$A")
        #expect(result.text == "--x-")
        #expect(result.unset == [
            VariableReference(name: "A", written: "$A", occurrence: 0),
            VariableReference(name: "A", written: "${A}", occurrence: 0),
            VariableReference(name: "A", written: "$A", occurrence: 1),
        ])
    }

    @Test(arguments: [
        ("${UNSET:?set it}", InterpolationError.required(VariableReference(name: "UNSET", written: "${UNSET:?set it}", occurrence: 0), message: "set it")),
        ("${EMPTY:?no ${TAG}}", .required(VariableReference(name: "EMPTY", written: "${EMPTY:?no ${TAG}}", occurrence: 0), message: "no 2.4")),
        ("${UNSET?}", .required(VariableReference(name: "UNSET", written: "${UNSET?}", occurrence: 0), message: "")),
        ("x ${TAG", .invalid(VariableReference(name: "", written: "${TAG", occurrence: 0))),
        ("${TAG/x}", .invalid(VariableReference(name: "TAG", written: "${TAG/x}", occurrence: 0))),
        ("${}", .invalid(VariableReference(name: "", written: "${}", occurrence: 0))),
    ])
    func requiredAndMalformedReferencesFail(_ template: String, _ expected: InterpolationError) {
        #expect(throws: expected) { try Self.interpolator.substitute(template) }
    }

    @Test func dotEnvLinesAreReadAsComposeReadsThem() {
        let text = """
            # a comment
            TAG=2.4
            export HOST = db.internal
            QUOTED="a \\"b\\" c"  # comment
            LITERAL='$HOME #not a comment'
            PLAIN=value # comment
            MULTI="line one
            line two"
            BARE
            EMPTY=

            = no name
            1NUMBER=x
            """
        let (entries, bad) = DotEnv.parse(text)
        #expect(entries.map(\.name) == ["TAG", "HOST", "QUOTED", "LITERAL", "PLAIN", "MULTI", "BARE", "EMPTY"])
        #expect(entries.map(\.value) == ["2.4", "db.internal", "a \"b\" c", "$HOME #not a comment", "value", "line one\nline two", nil, ""])
        #expect(entries.map(\.interpolated) == [true, true, true, false, true, true, false, true])
        #expect(entries.map(\.line) == [2, 3, 4, 5, 6, 7, 9, 10])
        #expect(entries[1].valueColumn == 15)
        #expect(bad == [12, 13])
    }
}
