/// The catalogue of well-known images (`Resources/images.yaml`, compiled in): the advisor, import, audit and
/// `recommend` all read this one table.
public enum ImageCatalogue {
    /// The entry for an image reference, if the catalogue knows it: names first, then suffixes (`*-exporter`).
    public static func entry(for image: String) -> ImageEntry? {
        let path = self.path(of: image)
        let repository = repositoryName(of: image)
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

    /// Whether the container's image is a database or a queue.
    public static func isStateful(_ container: PodContainer) -> Bool { isStateful(image: container.image) }

    /// Whether the container looks like a helper rather than an application tier: a helper kind in the
    /// catalogue, or a helper word in its image's repository name or its own name.
    public static func isHelper(_ container: PodContainer) -> Bool {
        if let entry = entry(for: container.image) { return entry.kind.isHelper }
        let words = [container.repositoryName, container.name.lowercased()]
        return words.contains { word in helperWords.contains { word.contains($0) } }
    }

    /// An image's repository name: the last path part, without registry, tag or digest
    /// (`docker.io/library/postgres:16` → `postgres`).
    public static func repositoryName(of image: String) -> String {
        let path = path(of: image)
        return path.split(separator: "/").last.map(String.init) ?? path
    }

    /// An image's path, lowercased, without tag or digest (`docker.io/library/postgres:16` → `docker.io/library/postgres`).
    static func path(of image: String) -> String {
        var reference = Substring(image)
        if let at = reference.firstIndex(of: "@") { reference = reference[..<at] }
        let lastSlash = reference.lastIndex(of: "/")
        let name = lastSlash.map { reference[reference.index(after: $0)...] } ?? reference
        if let colon = name.firstIndex(of: ":") { reference = reference[..<colon] }
        return reference.lowercased()
    }
}
