import Testing
import TerminalUI

/// Drawing into buffers: wide characters, clipping, boxes, wrapping.
@Suite struct BufferTests {
    @Test func hangulTakesTwoColumnsAndIsNeverSplit() {
        var buffer = Buffer(width: 7, height: 1)
        let end = buffer.draw("파드a파드", x: 0, y: 0)
        #expect(end == 7)
        #expect(buffer.lines == ["파드a파"])
        #expect(buffer[1, 0] == Cell.continuation)
    }

    @Test func boxDrawsItsTitleAndReturnsTheInside() {
        var buffer = Buffer(width: 10, height: 4)
        let inner = buffer.box(buffer.area, title: "파드")
        #expect(inner == Rect(x: 1, y: 1, width: 8, height: 2))
        #expect(buffer.lines == ["┌─ 파드 ─┐", "│        │", "│        │", "└────────┘"])
    }

    @Test func drawingIsClippedToTheArea() {
        var buffer = Buffer(width: 6, height: 2)
        buffer.draw("abcdefgh", x: 2, y: 1, clip: Rect(x: 0, y: 0, width: 5, height: 2))
        buffer.draw("zz", x: 0, y: 5)
        #expect(buffer.lines == ["      ", "  abc "])
    }

    @Test func wrapBreaksAtSpacesAndInsideLongWords() {
        #expect(TextWrap.wrap("one two three", width: 7) == ["one two", "three"])
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.wrap("파드 설계 기록", width: 5) == ["파드", "설계", "기록"])
        #expect(TextWrap.wrap("a\nb", width: 5) == ["a", "b"])
    }

    @Test func splitsKeepEveryColumnAndRow() {
        let rect = Rect(x: 2, y: 1, width: 10, height: 6)
        let (left, right) = rect.splitColumns(at: 4)
        #expect(left == Rect(x: 2, y: 1, width: 4, height: 6) && right == Rect(x: 6, y: 1, width: 6, height: 6))
        let (top, bottom) = rect.splitRows(at: 20)
        #expect(top == rect && bottom.height == 0)
    }

    @Test func monochromeKeepsEmphasisWithoutColours() {
        let style = Style(foreground: .red, background: .blue)
        #expect(style.monochrome == Style(bold: true, reverse: true))
    }

    @Test func testBackendKeepsTheLastBufferAndReplaysEvents() {
        var backend = TestBackend(width: 3, height: 1, events: [.key(.enter), .resize(width: 4, height: 2)])
        var buffer = Buffer(width: 3, height: 1)
        buffer.draw("abc", x: 0, y: 0)
        backend.draw(buffer)
        #expect(backend.buffer.lines == ["abc"])
        #expect(backend.nextEvent() == .key(.enter))
        #expect(backend.nextEvent() == .resize(width: 4, height: 2))
        #expect(backend.nextEvent() == nil)
    }
}
