extension TypedDesignFile {
    /// One mapping as typed: its typed text, its notes and the entries it carries through unchanged.
    public struct Mapping {
        /// What a person typed, by key.
        public var typed: Lookup
        /// The note beside a field, by key.
        public var notes: Notes
        /// The entries carried through as they were read.
        public var carried: [YAMLEntry]

        /// A mapping as typed.
        public init(typed: @escaping Lookup, notes: @escaping Notes = { _ in nil }, carried: [YAMLEntry] = []) {
            self.typed = typed
            self.notes = notes
            self.carried = carried
        }
    }
}
