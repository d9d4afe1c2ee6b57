import PodDesign
import PodModel

/// One option on the quiz's question page.
public enum QuizOption: Hashable, Sendable {
    /// An answer to a co-location question (the questions level).
    case answer(Answer)
    /// A placement (the placement level).
    case placement(QuizAnswer)
}
