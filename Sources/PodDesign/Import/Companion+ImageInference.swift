import PodModel
import PodText

extension Companion {
    /// Infers the answers the image catalogue fixes for the companion's image (where it allows only one), with a
    /// note naming the entry; stronger evidence inferred before it wins. The others stay assumed from the image.
    mutating func inferFromImage(_ text: Catalog, where place: String) {
        guard let entry = imageEntry else { return }
        for question in Question.allCases {
            guard let fitting = entry.answers[question], fitting.count == 1 else { continue }
            infer(fitting[0], because: text[.importWhyImage, [
                "image": image, "name": entry.name, "kind": text[entry.kind.textKey], "where": place,
            ]])
        }
    }
}
