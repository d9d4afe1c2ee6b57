/// The shape of a field's value, which says how text typed into the advisor becomes the field's YAML.
public enum FieldShape: Hashable, Sendable {
    /// Text written as typed (names, images, words).
    case text
    /// Text written without its outer spaces, left out when empty.
    case trimmedText
    /// A whole number (text that is not one is written as text, so the parser names it).
    case integer
    /// A list of ports typed as `80, dns=53/udp`.
    case ports
    /// A list of paths typed as `/a, /b`.
    case paths
    /// An answer word.
    case answer
    /// A mapping of other fields.
    case mapping
    /// A list of mappings.
    case list
    /// A list of strings, never typed in the advisor (carried as written).
    case strings
    /// A mapping of names to strings, never typed in the advisor (carried as written).
    case environment
}
