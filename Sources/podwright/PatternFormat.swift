import ArgumentParser

/// How `podwright patterns` writes a page: text for reading, Markdown for the docs.
enum PatternFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown
}
