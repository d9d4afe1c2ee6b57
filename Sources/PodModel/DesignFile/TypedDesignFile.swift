/// A design file written from the text a person typed into the advisor, field by field through the schema:
/// each lookup gives a field's typed text, or nil to leave it out; the schema gives the order and each field's shape.
public enum TypedDesignFile {
    /// What a person typed for the fields of one mapping, by key.
    public typealias Lookup = (FieldKey) -> String?
    /// The note kept beside a field (an answer's comment), by key.
    public typealias Notes = (FieldKey) -> String?

    /// The design file text.
    public static func yaml(top: Lookup, main: Lookup, companions: [(typed: Lookup, notes: Notes)]) -> String {
        var entries = entries(DesignSchema.design, top)
        entries.append(YAMLEntry(FieldKey.main.rawValue, .mapping(Self.entries(DesignSchema.main, main))))
        if !companions.isEmpty {
            entries.append(YAMLEntry(FieldKey.companions.rawValue, .sequence(companions.map { .mapping(Self.entries(DesignSchema.companion, $0.typed, notes: $0.notes)) })))
        }
        return YAMLWriter.write([YAMLDocument(root: .mapping(entries))])
    }

    /// The entries of one mapping's typed fields, in the schema's order.
    static func entries<Value>(_ table: FieldTable<Value>, _ typed: Lookup, notes: Notes = { _ in nil }) -> [YAMLEntry] {
        table.fields.compactMap { field in
            guard let text = typed(field.key), text != field.defaultText, let node = field.shape.node(typed: text) else { return nil }
            return YAMLEntry(field.key.rawValue, node, comment: notes(field.key))
        }
    }
}
