/// Whether a companion works on the main container's files or over localhost.
public enum Coupling: String, CaseIterable, Sendable { case tight, loose }
