/// The screen the advisor shows, with where the person is on it.
public enum Screen: Hashable, Sendable {
    /// Start: new design, resume the autosaved one, open a file, quit.
    case start(selected: Int)
    /// The main container's form.
    case mainForm(field: MainField)
    /// The list of companions, with "add" and "see the result" after them.
    case companions(selected: Int)
    /// One question about one companion.
    case question(companion: Int, step: CompanionStep)
    /// Placements, rule ids, findings, and what to write.
    case result(selected: Int)
    /// The scenario quiz (issue 5).
    case quiz(QuizScreen)
}
