import Yams

/// One field of a mapping in a design file: its key, how it is read into the value that holds it, and how
/// it is written from it. The reader, the writer, the manifest annotation, import and the advisor all use it.
public struct DesignField<Value>: Sendable {
    public let key: FieldKey
    public let shape: FieldShape
    /// Whether a file must have it.
    public let required: Bool
    /// Whether a starter manifest keeps it in its `podwright.dev/design` annotation (the manifest cannot show it).
    public let annotated: Bool
    /// The text that means the default, which a file leaves out (`auto` for `sidecarStyle`).
    public let defaultText: String?
    /// Reads the field's node into the value; the path is the field's own, for messages.
    public let read: @Sendable (inout Value, Node, FieldPath, FieldReadContext) throws(DesignError) -> Void
    /// The field's node for the value; nil leaves the field out (an assumed answer, an empty list, a default).
    public let write: @Sendable (Value) -> YAMLNode?
    /// The comment written at the end of the field's line.
    public let note: @Sendable (Value) -> String?

    public init(
        _ key: FieldKey, _ shape: FieldShape, required: Bool = false, annotated: Bool = false, defaultText: String? = nil,
        read: @escaping @Sendable (inout Value, Node, FieldPath, FieldReadContext) throws(DesignError) -> Void,
        write: @escaping @Sendable (Value) -> YAMLNode?,
        note: @escaping @Sendable (Value) -> String? = { _ in nil }
    ) {
        self.key = key
        self.shape = shape
        self.required = required
        self.annotated = annotated
        self.defaultText = defaultText
        self.read = read
        self.write = write
        self.note = note
    }
}
