/// Whether a companion runs once before the main container or alongside it.
public enum Timing: String, CaseIterable, Sendable {
    case beforeMain = "before-main"
    case alongside
}
