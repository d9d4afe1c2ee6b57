import PodModel

/// One text `import` reads (a Compose file, an extended file, `.env`, an `env_file`): its name, and where its
/// lines start in the numbering that runs on through every text read, so that a YAML mark also names its file.
struct ComposeSourceFile: Sendable {
    var name: String
    /// The number of lines of the texts before it: its line 1 is line `offset + 1` of the numbering.
    var offset: Int
    var text: String
    /// Its lines, without their line breaks.
    var lines: [Substring]

    init(name: String, offset: Int, text: String) {
        self.name = name
        self.offset = offset
        let text = text.withLineFeeds  // lines split at `\n` are then the lines YAML counts, whatever ends them
        self.text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        lines = self.text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Whether a line of the numbering is one of its lines.
    func holds(_ line: Int) -> Bool { line > offset && line <= offset + lines.count }
}
