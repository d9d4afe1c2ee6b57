import PodDesign

extension Catalog {
    /// The text of a catalog key built from a name: only those of main fields, companion steps, questions and answer words (CatalogKeyTests checks every one).
    func named(_ name: String, _ values: [String: String] = [:]) -> String {
        TextKey(rawValue: name).map { text($0, values) } ?? name
    }
}
