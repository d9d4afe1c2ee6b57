/// Cuts a multi-document YAML stream into documents at `---` lines, keeping each document's first line,
/// so a stream of any length is parsed one document at a time.
public struct DocumentSplitter {
    /// One document's text and the line (from 1) of the stream it starts on.
    public struct Chunk: Hashable, Sendable {
        public var text: String
        public var firstLine: Int
    }

    private var lines: [Substring] = []
    private var firstLine = 1
    private var lineNumber = 0
    private var pending = ""

    public init() {}

    /// Whether a line starts a new document (`---` at column 1, then nothing, a space or a comment) or ends one (`...`).
    static func isMarker(_ line: Substring) -> Bool {
        guard line.hasPrefix("---") || line.hasPrefix("...") else { return false }
        let rest = line.dropFirst(3)
        return rest.isEmpty || rest.first == " " || rest.first == "\t" || rest.first == "\r"
    }

    /// Feeds more text; returns the documents completed by it.
    public mutating func feed(_ text: String) -> [Chunk] {
        pending += text
        guard let lastNewline = pending.lastIndex(of: "\n") else { return [] }
        let complete = pending[...lastNewline]
        pending = String(pending[pending.index(after: lastNewline)...])
        var chunks: [Chunk] = []
        for line in complete.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            lineNumber += 1
            if Self.isMarker(line) {
                if let chunk = flush() { chunks.append(chunk) }
                firstLine = lineNumber
                // Keep the marker's line as an empty line, so marks inside the chunk count from it.
                lines.append(line.hasPrefix("---") ? Substring(line.dropFirst(3)) : "")
            } else {
                lines.append(line)
            }
        }
        return chunks
    }

    /// Ends the stream; returns the last document, if any.
    public mutating func finish() -> [Chunk] {
        var chunks: [Chunk] = []
        if !pending.isEmpty {
            lineNumber += 1
            lines.append(Substring(pending))
            pending = ""
        }
        if let chunk = flush() { chunks.append(chunk) }
        return chunks
    }

    private mutating func flush() -> Chunk? {
        defer { lines.removeAll(keepingCapacity: true) }
        let hasContent = lines.contains { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }
        guard hasContent else { return nil }
        return Chunk(text: lines.joined(separator: "\n") + "\n", firstLine: firstLine)
    }

    /// Every document of a whole text.
    public static func split(_ text: String) -> [Chunk] {
        var splitter = DocumentSplitter()
        return splitter.feed(text) + splitter.finish()
    }
}
