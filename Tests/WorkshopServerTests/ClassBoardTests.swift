import Testing
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
        case .columns: "learner|lang|state|answered|score|questions"
        case let .state(connected): connected ? "on" : "off"
        case .nobody: "nobody"
        case let .missed(list): "missed: " + list
        case let .missedItem(id, wrong, answered): "\(id) \(wrong)/\(answered)"
        default: "?"
        }
    }

    @Test func emptyClass() {
        let lines = ClassBoard(count: 3).lines(Self.text)
        #expect(lines == ["learner     lang  state       answered score  questions", "nobody"])
    }

    @Test func learnersMarksAndMissed() {
        var board = ClassBoard(count: 3)
        board.join(LoginName(name: "kim", language: "en"), progress: nil)
        board.join(LoginName(name: "이수진", language: "ko"), progress: nil)
        board.record("kim", Self.progress([("a", true), ("b", false)]))
        board.record("이수진", Self.progress([("a", false), ("b", false), ("c", true)], event: "score"))
        board.leave("kim")
        #expect(board.connectedCount == 1)
        #expect(board.missed.map(\.id) == ["b", "a"])
        #expect(board.missed.map(\.wrong) == [2, 1])
        let lines = board.lines(Self.text)
        #expect(lines[1] == "kim         en    off         2/3      1      +x.")
        #expect(lines[2] == "이수진      ko    on          3/3      1      xx+")
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
}
