/// A part of a pattern page before it is laid out as text or Markdown.
public enum PageBlock: Hashable, Sendable {
    case heading(String)
    /// Prose, wrapped to the width it is shown at.
    case paragraph(String)
    /// Numbered steps, one per line, each wrapped under its own number.
    case steps([String])
    /// A drawing: lines kept as they are.
    case figure([String])
    /// A YAML block: lines kept as they are, so it can be copied.
    case code([String])
}
