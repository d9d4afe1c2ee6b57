/// Whether there must be exactly one companion per main-container instance.
public enum Scaling: String, CaseIterable, Sendable { case together, independent }
