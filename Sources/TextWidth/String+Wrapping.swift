extension StringProtocol {
    /// The text broken into lines no wider than `width` terminal columns: at spaces where it can,
    /// inside words where it must; explicit newlines are kept.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let wordWidth = word.displayWidth
                let gap = line.isEmpty ? 0 : 1
                if lineWidth + gap + wordWidth <= width {
                    line += (gap == 1 ? " " : "") + word
                    lineWidth += gap + wordWidth
                    continue
                }
                if !line.isEmpty { out.append(line) }
                line = ""
                lineWidth = 0
                for character in word {
                    let w = String(character).displayWidth
                    if lineWidth + w > width {
                        out.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(character)
                    lineWidth += w
                }
            }
            out.append(line)
        }
        return out
    }
}
