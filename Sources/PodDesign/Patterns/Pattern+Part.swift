extension Pattern {
    /// A part of a pattern's page whose text is in the catalog.
    public enum Part: String, CaseIterable, Sendable {
        case title, summary, what, when, whenNot, outside, timeline
    }
}
