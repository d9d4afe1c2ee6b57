import Yams

/// The comments written at the end of lines of a source text, found after a plain value
/// (`coupling: tight  # shares /logs with web`), so a design file's notes on its answers can be shown.
public struct LineComments {
    public let lines: [Substring]

    public init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The comment after a plain, one-line scalar, without its `#` and spaces; nil when there is none.
    public func after(_ node: Node) -> String? {
        guard case let .scalar(scalar) = node, scalar.style == .plain, let mark = node.mark,
              mark.line >= 1, mark.line <= lines.count
        else { return nil }
        let line = Array(lines[mark.line - 1].unicodeScalars)
        let end = mark.column - 1 + scalar.string.unicodeScalars.count
        guard end <= line.count else { return nil }
        var rest = String(String.UnicodeScalarView(line[end...]))
        if rest.hasSuffix("\r") { rest.removeLast() }
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let trimmed = rest.drop { $0 == " " || $0 == "\t" }
        guard trimmed.first == "#" else { return nil }
        let comment = trimmed.dropFirst().drop { $0 == " " || $0 == "\t" }
        return comment.isEmpty ? nil : String(comment)
    }
}
