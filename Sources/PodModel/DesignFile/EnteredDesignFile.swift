/// A design file written from the text a person typed into the advisor, field by field through the schema:
/// each lookup gives a field's typed text, or nil to leave it out; the schema gives the order and each field's shape.
/// The fields the advisor does not ask (`DesignSchema.settingsKeys`) are carried: written back as they were read.
public enum EnteredDesignFile {
    /// What a person typed for the fields of one mapping, by key.
    public typealias Lookup = (FieldKey) -> String?
    /// The note kept beside a field (an answer's comment), by key.
    public typealias Notes = (FieldKey) -> String?

    /// The design file text.
    public static func yaml(top: Mapping, main: Mapping, companions: [Mapping]) -> String {
        yaml(top: top, main: main, companionEntries: companions.map(companionEntries))
    }

    /// The design file text, with each companion's entries made already (`companionEntries`), so that a caller
    /// can keep those of companions that did not change.
    public static func yaml(top: Mapping, main: Mapping, companionEntries: [[YAMLEntry]]) -> String {
        var entries = entries(DesignSchema.design, top)
        entries.append(YAMLEntry(FieldKey.main.rawValue, .mapping(Self.entries(DesignSchema.main, main))))
        if !companionEntries.isEmpty {
            entries.append(YAMLEntry(FieldKey.companions.rawValue, .sequence(companionEntries.map { .mapping($0) })))
        }
        return YAMLWriter.write([YAMLDocument(root: .mapping(entries))])
    }

    /// The entries of one companion's mapping, in the schema's order.
    public static func companionEntries(_ companion: Mapping) -> [YAMLEntry] {
        entries(DesignSchema.companion, companion)
    }

    /// The entries of one mapping, in the schema's order: a field's typed text, else its carried entry.
    static func entries<Value>(_ table: FieldTable<Value>, _ mapping: Mapping) -> [YAMLEntry] {
        table.fields.compactMap { field in
            if let text = mapping.entered(field.key), text != field.defaultText, let node = field.shape.node(entered: text) {
                return YAMLEntry(field.key.rawValue, node, comment: mapping.notes(field.key))
            }
            return mapping.carried.first { $0.key == field.key.rawValue }
        }
    }

    /// The design's top-level fields the advisor carries through (`security`).
    public static func carried(_ design: Design) -> [YAMLEntry] {
        DesignSchema.design.entries(design) { DesignSchema.settingsKeys.contains($0.key) }
    }

    /// The main container's fields the advisor carries through.
    public static func carried(_ main: MainContainer) -> [YAMLEntry] {
        DesignSchema.main.entries(main) { DesignSchema.settingsKeys.contains($0.key) }
    }

    /// A companion's fields the advisor carries through.
    public static func carried(_ companion: Companion) -> [YAMLEntry] {
        DesignSchema.companion.entries(companion) { DesignSchema.settingsKeys.contains($0.key) }
    }
}
