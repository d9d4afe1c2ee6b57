/// The themes a person can ask for with `--theme` or `PODWRIGHT_THEME`.
public enum ThemeName: String, CaseIterable, Sendable {
    case `default`
    /// Bold bright text on black, no dim colours, selection marked by a sign as well as reverse: for presenters.
    case highContrast = "high-contrast"
}
