import PodModel

extension ImageCatalogue {
    /// Whether the container's image is a database or a queue.
    public static func isStateful(_ container: PodContainer) -> Bool { isStateful(image: container.image) }

    /// Whether the container looks like a helper rather than an application tier: a helper kind in the
    /// catalogue, or a helper word in its image's repository name or its own name (for a web server too, which is
    /// a tier or a helper by its use: an nginx named `log-proxy` is a helper).
    public static func isHelper(_ container: PodContainer) -> Bool {
        if let entry = entry(for: container.image), entry.kind != .reverseProxy { return entry.kind.isHelper }
        let words = [container.repositoryName, container.name.lowercased()]
        // Compared as bytes: the words are ASCII, and Foundation's `contains` cost more than the rest of a pod.
        return words.contains { word in helperWords.contains { word.holds($0) } }
    }
}
