import Yams

/// The comments written at the end of lines of a source text, found after a plain value
/// (`coupling: tight  # shares /logs with web`), so a design file's notes on its answers can be shown.
public struct LineComments {
    public let lines: [Substring]

    public init(_ text: String) {
        // The lines `text.split(separator: "\n", omittingEmptySubsequences: false)` gives, found in the bytes rather
        // than the Characters: a line feed splits unless a carriage return comes before it (`\r\n` is one Character).
        var lines: [Substring] = []
        var start = text.startIndex
        var previous: UInt8 = 0
        for index in text.utf8.indices {
            let byte = text.utf8[index]
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                lines.append(text[start..<index])
                start = text.utf8.index(after: index)
            }
            previous = byte
        }
        lines.append(text[start...])
        self.lines = lines
    }

    /// The comment after a plain, one-line scalar, without its `#` and spaces; nil when there is none.
    public func after(_ node: Node) -> String? {
        guard case let .scalar(scalar) = node, scalar.style == .plain, let mark = node.mark,
              mark.line >= 1, mark.line <= lines.count
        else { return nil }
        let line = lines[mark.line - 1].unicodeScalars
        let end = mark.column - 1 + scalar.string.unicodeScalars.count
        guard end >= 0, end <= line.count else { return nil }
        var rest = String(line[line.index(line.startIndex, offsetBy: end)...])
        if rest.hasSuffix("\r") { rest.removeLast() }
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let trimmed = rest.drop { $0 == " " || $0 == "\t" }
        guard trimmed.first == "#" else { return nil }
        let comment = trimmed.dropFirst().drop { $0 == " " || $0 == "\t" }
        return comment.isEmpty ? nil : String(comment)
    }
}
