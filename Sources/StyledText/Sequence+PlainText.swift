extension Sequence where Element == StyledLine {
    /// The lines as plain text, each ended by a newline (for a pipe, a file, or `--no-color`).
    public var plainText: String { map { $0.text + "\n" }.joined() }
}
