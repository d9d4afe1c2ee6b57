/// What a piece of text is, so that each renderer (ANSI escapes, the advisor's cells) chooses how it looks.
public enum TextStyle: Hashable, Sendable, CaseIterable {
    /// Ordinary text.
    case plain
    /// The title of a page.
    case title
    /// The heading of a section.
    case heading
    /// A drawing, kept as it is.
    case figure
    /// Code (YAML) kept as it is, so it can be copied.
    case code
    /// Something at error level: it must be fixed.
    case error
    /// Something at warning level: likely a mistake.
    case warning
    /// Something at note level: worth knowing.
    case note
}
