extension EnteredDesignFile {
    /// One mapping as entered: the text typed per field, its notes and the entries it carries through unchanged.
    public struct Mapping {
        /// What a person typed, by key.
        public var entered: Lookup
        /// The note beside a field, by key.
        public var notes: Notes
        /// The entries carried through as they were read.
        public var carried: [YAMLEntry]

        /// A mapping as entered.
        public init(entered: @escaping Lookup, notes: @escaping Notes = { _ in nil }, carried: [YAMLEntry] = []) {
            self.entered = entered
            self.notes = notes
            self.carried = carried
        }
    }
}
