import PodText
import Testing

/// Issue 16: text quoted from an input file is shown with its control characters as escapes.
@Suite struct TerminalSafeTests {
    @Test func controlCharactersBecomeEscapes() {
        #expect(TerminalSafe.escapingControls("p\u{1B}]0;PWNED\u{7}") == "p\\u{1B}]0;PWNED\\u{7}")
        #expect(TerminalSafe.escapingControls("c\nd\te\rf") == "c\\nd\\te\\rf")
        #expect(TerminalSafe.escapingControls("a\u{9B}2J\u{7F}\u{202E}b\u{2028}") == "a\\u{9B}2J\\u{7F}\\u{202E}b\\u{2028}")
    }

    @Test func printableTextIsLeftAsItIs() {
        for text in ["web-1", "파드 \\n 그대로", "→ é ✓", ""] {
            #expect(TerminalSafe.escapingControls(text) == text)
        }
        let once = TerminalSafe.escapingControls("x\u{1B}y")
        #expect(TerminalSafe.escapingControls(once) == once, "escaping twice changes nothing")
    }
}
