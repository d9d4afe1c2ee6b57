import PodModel

/// Cuts a multi-document YAML stream into documents at `---` lines, keeping each document's first line,
/// so a stream of any length is parsed one document at a time.
public struct DocumentSplitter {
    /// One document's text and the line (from 1) of the stream it starts on.
    public struct Chunk: Hashable, Sendable {
        public var text: String
        public var firstLine: Int
    }

    /// The longest line a stream may hold, in bytes (as long as a whole design file).
    public static let maxLineBytes = DesignParser.maxBytes
    /// The largest document a stream may hold, in bytes (as large as a whole file given to import).
    public static let maxDocumentBytes = 16 << 20

    /// The current document's text so far.
    private var current = ""
    /// Whether the current document has a line that is neither blank nor a comment.
    private var hasContent = false
    private var firstLine = 1
    /// The lines taken so far.
    public private(set) var lineNumber = 0
    /// Text after the last newline fed, waiting for the rest of its line.
    private var pending = ""

    public init() {}

    /// The bytes of the current document so far.
    public var documentBytes: Int { current.utf8.count }

    /// The line the current document starts on.
    public var documentLine: Int { firstLine }

    /// Whether a line starts a new document (`---` at column 1, then nothing, a space or a comment) or ends one (`...`).
    static func isMarker(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard bytes.count >= 3 else { return false }
        let first = bytes.first!
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return false }
        var index = bytes.startIndex
        for _ in 0..<3 {
            guard bytes[index] == first else { return false }
            index = bytes.index(after: index)
        }
        guard index < bytes.endIndex else { return true }
        let next = bytes[index]
        return next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\r")
    }

    /// Whether a line holds something besides blanks and a comment.
    static func isContent(_ line: Substring) -> Bool {
        for byte in line.utf8 {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") { continue }
            return byte != UInt8(ascii: "#")
        }
        return false
    }

    /// Feeds more text; returns the documents completed by it.
    /// A line ends at `\n`, or at a `\r` not followed by `\n` (YAML's line breaks, so a file whose lines end in
    /// `\r` alone is not one long comment); a `\r` at the end of the text fed waits for the next byte.
    public mutating func feed(_ text: String) -> [Chunk] {
        pending += text
        var chunks: [Chunk] = []
        let bytes = pending.utf8
        var lineStart = bytes.startIndex
        while let end = bytes[lineStart...].firstIndex(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
            var next = bytes.index(after: end)
            if bytes[end] == UInt8(ascii: "\r") {
                guard next < bytes.endIndex else { break }
                if bytes[next] == UInt8(ascii: "\n") {
                    next = bytes.index(after: next)  // `\r\n`: the line keeps its `\r`, as before
                    if let chunk = take(pending[lineStart..<bytes.index(after: end)]) { chunks.append(chunk) }
                    lineStart = next
                    continue
                }
            }
            if let chunk = take(pending[lineStart..<end]) { chunks.append(chunk) }
            lineStart = next
        }
        pending = String(pending[lineStart...])
        return chunks
    }

    /// Ends the stream; returns the last document, if any.
    public mutating func finish() -> [Chunk] {
        var chunks: [Chunk] = []
        if pending.utf8.last == UInt8(ascii: "\r") {
            if let chunk = take(pending[..<pending.utf8.index(before: pending.utf8.endIndex)]) { chunks.append(chunk) }
            pending = ""
        }
        if !pending.isEmpty, let chunk = take(Substring(pending)) { chunks.append(chunk) }
        pending = ""
        if let chunk = flush() { chunks.append(chunk) }
        return chunks
    }

    /// Adds one line; returns the document a marker line completes.
    private mutating func take(_ line: Substring) -> Chunk? {
        lineNumber += 1
        guard Self.isMarker(line) else {
            if !hasContent, Self.isContent(line) { hasContent = true }
            current += line
            current += "\n"
            return nil
        }
        let chunk = flush()
        firstLine = lineNumber
        // The marker's line stays as a line (what follows `---` on it), so marks inside the chunk count from it.
        let rest = line.hasPrefix("---") ? line.dropFirst(3) : ""
        if Self.isContent(rest) { hasContent = true }
        current += rest
        current += "\n"
        return chunk
    }

    private mutating func flush() -> Chunk? {
        defer {
            current = ""
            hasContent = false
        }
        return hasContent ? Chunk(text: current, firstLine: firstLine) : nil
    }

    /// Every document of a whole text.
    public static func split(_ text: String) -> [Chunk] {
        var splitter = DocumentSplitter()
        return splitter.feed(text) + splitter.finish()
    }
}
