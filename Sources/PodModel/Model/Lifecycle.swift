/// Whether a companion starts, stops and is upgraded with the main container.
public enum Lifecycle: String, CaseIterable, Sendable { case same, independent }
