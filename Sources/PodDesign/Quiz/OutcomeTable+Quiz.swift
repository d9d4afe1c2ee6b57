import PodEngine

extension OutcomeTable {
    /// The quiz's placements (`QuizAnswer`) for every way to answer.
    static let quiz = OutcomeTable(QuizSheet.outcome)
}
