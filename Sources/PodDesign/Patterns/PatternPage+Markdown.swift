import PodModel
import PodText

extension PatternPage {
    /// The page as a Markdown section (level-two heading), prose unwrapped, drawings and YAML in fenced blocks.
    public func markdown() -> String {
        var out = "## \(title) (`\(pattern.rawValue)`)\n"
        for block in blocks() {
            switch block {
            case let .heading(heading): out += "\n### \(heading)\n"
            case let .paragraph(paragraph): out += "\n\(paragraph)\n"
            case let .steps(steps): out += "\n" + steps.map { $0 + "\n" }.joined()
            case let .figure(lines): out += "\n```text\n" + lines.map { $0 + "\n" }.joined() + "```\n"
            case let .code(lines): out += "\n```yaml\n" + lines.map { $0 + "\n" }.joined() + "```\n"
            }
        }
        return out
    }

    /// The whole guide as one Markdown document: the index, then every page.
    public static func guide(_ catalog: Catalog, target: KubernetesVersion? = nil) -> String {
        var out = "# \(catalog[.patternIndexTitle])\n\n\(catalog[.patternDocsIntro])\n\n"
        for pattern in Pattern.allCases {
            out += "- [\(pattern.text(.title, catalog))](#\(pattern.rawValue)) (`\(pattern.rawValue)`): \(pattern.text(.summary, catalog))\n"
        }
        for pattern in Pattern.allCases {
            out += "\n<a id=\"\(pattern.rawValue)\"></a>\n\n" + PatternPage(pattern, catalog: catalog, target: target).markdown()
        }
        return out
    }
}
