import Testing
import TextWidth
@testable import WorkshopServer

/// The menu a learner sees first: number keys, arrows (even split across reads), Enter, q; and what --offer accepts.
@Suite struct ProgramMenuTests {
    static let all = WorkshopProgram.allCases

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func numberKeysOpenAtOnceAndKeepWhatFollows() {
        var menu = ProgramMenu(programs: Self.all)
        #expect(menu.feed(Self.bytes("2"))?.choice == .open(.advisor))
        var again = ProgramMenu(programs: Self.all)
        let result = again.feed(Self.bytes("x3ab"))
        #expect(result?.choice == .open(.patterns))
        #expect(result?.rest == Self.bytes("ab"))
        var two = ProgramMenu(programs: [.advisor, .patterns])
        #expect(two.feed(Self.bytes("3")) == nil)
        #expect(two.feed(Self.bytes("1"))?.choice == .open(.advisor))
    }

    @Test func arrowsThenEnter() {
        var menu = ProgramMenu(programs: Self.all)
        #expect(menu.feed(Self.bytes("\u{1B}[B\u{1B}[B\u{1B}[B")) == nil)
        #expect(menu.selected == 2)
        #expect(menu.feed(Self.bytes("\u{1B}OA")) == nil)
        #expect(menu.selected == 1)
        #expect(menu.feed(Self.bytes("\r"))?.choice == .open(.advisor))
        var vi = ProgramMenu(programs: Self.all)
        _ = vi.feed(Self.bytes("kjj"))
        #expect(vi.selected == 2)
    }

    @Test func anEscapeSequenceSplitAcrossReads() {
        var menu = ProgramMenu(programs: Self.all)
        for byte in Self.bytes("\u{1B}[1;2B") { #expect(menu.feed([byte]) == nil) }
        #expect(menu.selected == 1)
        // Escape then a key: the key counts.
        #expect(menu.feed(Self.bytes("\u{1B}1"))?.choice == .open(.quiz))
    }

    @Test(arguments: ["q", "\u{03}", "\u{04}"])
    func leaving(_ key: String) {
        var menu = ProgramMenu(programs: Self.all)
        #expect(menu.feed(Self.bytes(key))?.choice == .leave)
    }

    @Test func screen() {
        var menu = ProgramMenu(programs: [.quiz, .advisor])
        _ = menu.feed(Self.bytes("j"))
        let text: (ServerMessage) -> String = { message in
            switch message {
            case let .menuTitle(name): "workshop · " + name
            case .menuQuestion: "What would you like to open?"
            case let .menuItem(program): program.rawValue + ": " + String(repeating: "x", count: 60)
            case let .menuKeys(count): "1 to \(count)"
            default: "?"
            }
        }
        let screen = menu.screen(name: "이수진", columns: 40, text)
        #expect(screen.hasPrefix("\u{1B}[?25l\u{1B}[H\u{1B}[2J"))
        let lines = screen.dropFirst(13).components(separatedBy: "\r\n")
        #expect(lines[0] == " workshop · 이수진")
        #expect(lines[4].hasPrefix("   1  quiz: xx") && lines[4].hasSuffix("…") && lines[4].displayWidth == 39)
        #expect(lines[5].hasPrefix("\u{1B}[7m ▸ 2  advisor: ") && lines[5].hasSuffix("…\u{1B}[0m"))
        #expect(lines[7] == " 1 to 2")
    }

    @Test func offers() {
        #expect(WorkshopProgram.offer("quiz,advisor,patterns") == [.quiz, .advisor, .patterns])
        #expect(WorkshopProgram.offer("patterns,quiz") == [.patterns, .quiz])
        #expect(WorkshopProgram.offer("advisor") == [.advisor])
        for bad in ["", "quiz,quiz", "shell", "quiz,", " quiz", "Quiz"] {
            #expect(WorkshopProgram.offer(bad) == nil)
        }
    }
}
