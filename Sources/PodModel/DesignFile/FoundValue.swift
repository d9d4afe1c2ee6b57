/// What a design file holds where a field's value was expected, as messages name it.
public enum FoundValue: Hashable, Sendable {
    /// A scalar's text, already clipped to one short line.
    case text(String)
    case mapping, list, nothing, alias
}
