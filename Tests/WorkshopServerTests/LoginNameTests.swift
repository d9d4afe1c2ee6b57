import Testing
@testable import WorkshopServer

/// The SSH user name carries the learner's name and language; anything else is refused.
@Suite struct LoginNameTests {
    @Test func readsNameAndLanguage() {
        #expect(LoginName.parse("kim") == LoginName(name: "kim", language: "en"))
        #expect(LoginName.parse("kim.ko") == LoginName(name: "kim", language: "ko"))
        #expect(LoginName.parse("lee_2.en") == LoginName(name: "lee_2", language: "en"))
        #expect(LoginName.parse("이수진.ko") == LoginName(name: "이수진", language: "ko"))
        #expect(LoginName.parse("park", language: "ko") == LoginName(name: "park", language: "ko"))
        #expect(LoginName.parse("park.en", language: "ko") == LoginName(name: "park", language: "en"))
    }

    @Test(arguments: ["", ".ko", "kim.fr", "a b", "../etc", "kim.ko.ko", "k\u{1B}[2J", String(repeating: "x", count: 33)])
    func refuses(_ user: String) {
        #expect(LoginName.parse(user) == nil)
    }

    @Test func classCodes() {
        let code = ClassCode.generate()
        #expect(code.count == 8 && code.allSatisfy { ClassCode.alphabet.contains($0) })
        #expect(ClassCode.matches("abcd1234", "abcd1234"))
        #expect(!ClassCode.matches("abcd123", "abcd1234"))
        #expect(!ClassCode.matches("abcd12345", "abcd1234"))
        #expect(!ClassCode.matches("abcd1235", "abcd1234"))
    }

    @Test func terminalNames() {
        #expect(SessionHandler.safeTerm("xterm-256color") == "xterm-256color")
        #expect(SessionHandler.safeTerm("") == "xterm")
        #expect(SessionHandler.safeTerm("../../tmp/evil") == "xterm")
        #expect(SessionHandler.safeTerm("xterm\nX=1") == "xterm")
    }
}
