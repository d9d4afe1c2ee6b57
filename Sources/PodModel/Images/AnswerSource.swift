/// Where an assumed answer came from: the image catalogue's entry for the companion's image, or the
/// articles' default (one container per pod).
public enum AnswerSource: Hashable, Sendable {
    /// The catalogue entry of this name implies it.
    case image(String)
    /// Nothing implies it: the default that places a companion apart.
    case articlesDefault
}
