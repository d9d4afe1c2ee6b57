import PodEngine

extension PatternPage {
    /// The page's picture of the pod as a self-contained SVG, for slides.
    public var svg: String { PodPicture(decision, catalog: text).svg(title: title, catalog: text) }
}
