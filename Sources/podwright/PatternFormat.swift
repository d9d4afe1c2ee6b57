import ArgumentParser

/// How `podwright patterns` writes a page: text for reading, Markdown for the docs, SVG for the page's picture.
enum PatternFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, svg
}
