/// The catalogue of well-known images (`Resources/images.yaml`, compiled in): the advisor, import, audit and
/// `recommend` all read this one table.
public enum ImageCatalogue {
    /// The entry for an image reference, if the catalogue knows it: names first, then suffixes (`*-exporter`).
    public static func entry(for image: String) -> ImageEntry? {
        let path = ImageName.path(of: image)
        let repository = ImageName.repository(of: image)
        if let entry = byRepository[repository], !pathEntries.contains(where: { $0.matches(path: path, repository: repository) }) {
            return entry
        }
        return entries.first { $0.isExact && $0.matches(path: path, repository: repository) }
            ?? entries.first { !$0.isExact && $0.matches(path: path, repository: repository) }
    }

    /// The entries by each plain repository name they match, looked up first (the advisor asks on every keypress).
    static let byRepository: [String: ImageEntry] = entries.reduce(into: [:]) { table, entry in
        for pattern in entry.match where !pattern.contains("/") && !pattern.hasPrefix("*") && table[pattern] == nil {
            table[pattern] = entry
        }
    }

    /// The entries matched by a path (`mssql/server`), which a plain name must not shadow.
    static let pathEntries = entries.filter { $0.match.contains { $0.contains("/") } }

    /// Whether an image keeps durable state: the catalogue's answer for `state` is `stateful`.
    public static func isStateful(image: String) -> Bool {
        entry(for: image)?.assumed(.state) == .state(.stateful)
    }
}
