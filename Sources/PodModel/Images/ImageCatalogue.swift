/// The catalogue of well-known images (`Resources/images.yaml`, compiled in): the advisor, import, audit and
/// `recommend` all read this one table.
public enum ImageCatalogue {
    /// The entry for an image reference, if the catalogue knows it: names first, then suffixes (`*-exporter`).
    public static func entry(for image: String) -> ImageEntry? {
        let path = ImageName.path(of: image)
        let repository = ImageName.repository(ofPath: path)
        // Most images of a design are not in the catalogue: when no pattern of any entry matches, no entry does.
        guard allNames.contains(repository) || allSuffixes.contains(where: { repository.hasSuffix($0) })
            || allPaths.contains(where: { path == $0 || path.hasSuffix("/" + $0) }) else { return nil }
        if let entry = byRepository[repository], !pathEntries.contains(where: { $0.matches(path: path, repository: repository) }) {
            return entry
        }
        return exactEntries.first { $0.matches(path: path, repository: repository) }
            ?? suffixEntries.first { $0.matches(path: path, repository: repository) }
    }

    /// The plain repository names that some entry matches.
    static let allNames = Set(entries.flatMap(\.names))

    /// The path patterns (`mssql/server`) of every entry.
    static let allPaths = entries.flatMap(\.paths)

    /// The suffix patterns (`*-exporter`, without the `*`) of every entry.
    static let allSuffixes = entries.flatMap(\.suffixes)

    /// The entries by each plain repository name they match, looked up first (the advisor asks on every keypress).
    static let byRepository: [String: ImageEntry] = entries.reduce(into: [:]) { table, entry in
        for pattern in entry.match where !pattern.contains("/") && !pattern.hasPrefix("*") && table[pattern] == nil {
            table[pattern] = entry
        }
    }

    /// The entries matched by a path (`mssql/server`), which a plain name must not shadow.
    static let pathEntries = entries.filter { $0.match.contains { $0.contains("/") } }

    /// The entries that name repositories exactly (tried first), in file order.
    static let exactEntries = entries.filter(\.isExact)

    /// The entries that match some repositories by suffix (tried last), in file order.
    static let suffixEntries = entries.filter { !$0.isExact }

    /// Whether an image keeps durable state: the catalogue's answer for `state` is `stateful`.
    public static func isStateful(image: String) -> Bool {
        entry(for: image)?.assumed(.state) == .state(.stateful)
    }
}
