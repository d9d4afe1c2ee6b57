import PodText
import StyledText
import TextWidth

extension PatternPage {
    /// The page as lines of text at most `width` columns wide, but for manifest lines, which are kept whole
    /// so the YAML can be copied (the advisor cuts them when it shows them).
    public func lines(width: Int) -> [StyledLine] {
        var out = [StyledLine(title, .title), StyledLine(String(repeating: "=", count: title.displayWidth), .title)]
        let inner = max(1, width - 2)
        for block in blocks(diagramWidth: inner) {
            switch block {
            case let .heading(heading):
                out.append(StyledLine(""))
                out.append(StyledLine(heading, .heading))
            case let .paragraph(paragraph):
                out += paragraph.wrapped(toWidth: inner).map { StyledLine("  " + $0) }
            case let .steps(steps):
                for step in steps {
                    let number = step.prefix { $0 != " " }
                    let hang = String(repeating: " ", count: number.count + 1)
                    let rows = step.dropFirst(number.count + 1).wrapped(toWidth: max(1, inner - hang.count))
                    out += rows.enumerated().map { StyledLine("  " + ($0.offset == 0 ? number + " " : hang) + $0.element) }
                }
            case let .figure(lines):
                out += lines.map { StyledLine("  " + $0, .figure) }
            case let .code(lines):
                out += lines.map { StyledLine($0.isEmpty ? "" : "  " + $0, .code) }
            }
        }
        return out
    }

    /// The index of the patterns: each name with its one line, and how to open one.
    public static func index(_ catalog: Catalog, width: Int) -> [StyledLine] {
        let title = catalog[.patternIndexTitle]
        var out = [StyledLine(title, .title), StyledLine(String(repeating: "=", count: title.displayWidth), .title), StyledLine("")]
        let nameWidth = (Pattern.allCases.map(\.rawValue.count).max() ?? 0) + 2
        for pattern in Pattern.allCases {
            let rows = (pattern.text(.title, catalog) + ": " + pattern.text(.summary, catalog))
                .wrapped(toWidth: max(1, width - 2 - nameWidth))
            for (row, line) in rows.enumerated() {
                let name = row == 0 ? pattern.rawValue : ""
                out.append(StyledLine("  " + name.padded(toWidth: nameWidth) + line))
            }
        }
        out.append(StyledLine(""))
        out += catalog[.patternIndexOpen].wrapped(toWidth: width).map { StyledLine($0) }
        return out
    }
}
