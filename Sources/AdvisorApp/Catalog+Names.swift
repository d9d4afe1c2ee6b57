import PodDesign

extension Catalog {
    /// The text of a catalog key given by name (the key table and statuses keep names as plain data).
    func named(_ name: String, _ values: [String: String] = [:]) -> String {
        TextKey(rawValue: name).map { text($0, values) } ?? name
    }
}
