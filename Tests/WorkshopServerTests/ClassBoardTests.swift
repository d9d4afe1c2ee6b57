import Testing
import TextWidth
@testable import WorkshopServer

/// The teacher's table: learners in the order they came, their marks per question, the questions most got wrong.
@Suite struct ClassBoardTests {
    static func progress(_ marks: [(String, Bool)], count: Int = 3, event: String = "answer") -> LearnerProgress {
        let questions = marks.map { #"{"id":"\#($0.0)","right":\#($0.1)}"# }.joined(separator: ",")
        let score = marks.filter(\.1).count
        let line = #"{"event":"\#(event)","report":{"count":\#(count),"answered":\#(marks.count),"score":\#(score),"questions":[\#(questions)],"name":"x"}}"#
        return LearnerProgress.read(line)!
    }

    static func text(_ message: ServerMessage) -> String {
        switch message {
        case .columns: "learner|lang|state|in|answered|score|questions"
        case let .state(connected): connected ? "on" : "off"
        case let .program(program): program.rawValue
        case .inMenu: "menu"
        case let .design(name, companions): name + ": " + companions
        case let .designSeparate(kind): "own " + kind
        case .designEmpty: "none yet"
        case .nobody: "nobody"
        case let .missed(list): "missed: " + list
        case let .missedItem(id, wrong, answered): "\(id) \(wrong)/\(answered)"
        default: "?"
        }
    }

    @Test func emptyClass() {
        let lines = ClassBoard(count: 3).lines(Self.text)
        #expect(lines == ["learner     lang  state       in        answered score  questions", "nobody"])
    }

    @Test func learnersMarksAndMissed() {
        var board = ClassBoard(count: 3)
        board.join(LoginName(name: "kim", language: "en"), progress: nil)
        board.join(LoginName(name: "이수진", language: "ko"), progress: nil)
        board.open("kim", .quiz)
        board.record("kim", Self.progress([("a", true), ("b", false)]))
        board.record("이수진", Self.progress([("a", false), ("b", false), ("c", true)], event: "score"))
        board.leave("kim")
        #expect(board.connectedCount == 1)
        #expect(board.missed.map(\.id) == ["b", "a"])
        #expect(board.missed.map(\.wrong) == [2, 1])
        let lines = board.lines(Self.text)
        #expect(lines[1] == "kim         en    off         quiz      2/3      1      +x.")
        #expect(lines[2] == "이수진      ko    on          menu      3/3      1      xx+")
        #expect(lines.last == "missed: b 2/2, a 1/2")
    }

    @Test func rejoiningKeepsTheRow() {
        var board = ClassBoard(count: 2)
        board.join(LoginName(name: "kim", language: "en"), progress: nil)
        board.record("kim", Self.progress([("a", true)], count: 2))
        board.leave("kim")
        board.join(LoginName(name: "kim", language: "ko"), progress: nil)
        #expect(board.learners.count == 1)
        #expect(board.learners[0].connected && board.learners[0].language == "ko")
        #expect(board.learners[0].progress?.report.answered == 1)
    }

    static let shop = LearnerDesign(name: "shop", companions: [
        .init(name: "log-agent", placement: "sidecar"), .init(name: "db", placement: "separate", workload: "StatefulSet"),
        .init(name: "x", placement: "unsettled"),
    ])

    @Test func designInTheAdvisor() {
        var board = ClassBoard(count: 2)
        board.join(LoginName(name: "lee", language: "ko"), progress: nil)
        board.open("lee", .advisor)
        #expect(board.lines(Self.text)[1] == "lee         ko    on          advisor")
        board.record("lee", Self.shop)
        #expect(board.lines(Self.text)[1] == "lee         ko    on          advisor   shop: log-agent sidecar, db own StatefulSet, x ?")
        board.record("lee", LearnerDesign(name: "empty", companions: []))
        #expect(board.lines(Self.text)[1] == "lee         ko    on          advisor   empty: none yet")
        // Back in the quiz, the row shows the quiz again; a learner with a design and no answer shows the design.
        board.record("lee", Self.progress([("a", true)], count: 2))
        board.leave("lee")
        board.join(LoginName(name: "lee", language: "ko"), progress: nil)
        board.open("lee", .quiz)
        #expect(board.lines(Self.text)[1] == "lee         ko    on          quiz      1/2      1      +.")
        board.join(LoginName(name: "kang", language: "en"), progress: nil, design: Self.shop)
        #expect(board.lines(Self.text)[2].hasSuffix("menu      shop: log-agent sidecar, db own StatefulSet, x ?"))
    }

    @Test func linesAreCutToTheWidth() {
        var board = ClassBoard(count: 2)
        board.join(LoginName(name: "lee", language: "ko"), progress: nil)
        board.open("lee", .advisor)
        board.record("lee", Self.shop)
        board.join(LoginName(name: "이수진", language: "ko"), progress: nil)
        let cut = board.lines(Self.text, columns: 40)
        #expect(cut[1] == "lee         ko    on          advisor  …")
        #expect(cut[2] == "이수진      ko    on          menu     …")
        #expect(cut.allSatisfy { $0.displayWidth <= 40 })
        #expect(board.lines(Self.text, columns: 200) == board.lines(Self.text))
        #expect(board.lines(Self.text, columns: 1).allSatisfy { $0 == "…" || $0.isEmpty })
    }

    @Test func designLines() {
        let line = Self.shop.line
        #expect(line == #"{"companions":[{"name":"log-agent","placement":"sidecar"},{"name":"db","placement":"separate","workload":"StatefulSet"},{"name":"x","placement":"unsettled"}],"event":"design","name":"shop"}"#)
        #expect(LearnerDesign.read(line) == Self.shop)
        #expect(LearnerDesign.read(#"{"event":"answer","report":{"count":1,"answered":0,"score":0,"questions":[]}}"#) == nil)
        #expect(LearnerDesign.read("garbage") == nil)
        // What a learner typed never carries a control character to the teacher's terminal.
        let hostile = LearnerDesign(name: "a\u{1B}[2Jb", companions: [.init(name: "c\u{9B}1;1H\u{7}d", placement: "side\ncar")])
        #expect(hostile.summary(Self.text) == "a[2Jb: c1;1Hd sidecar")
    }
}
