/// What an image reference names, read from the reference as written.
public enum ImageName {
    /// An image's repository name: the last path part, without registry, tag or digest
    /// (`docker.io/library/postgres:16` → `postgres`).
    public static func repository(of image: String) -> String {
        let path = path(of: image)
        return path.split(separator: "/").last.map(String.init) ?? path
    }

    /// An image's path, lowercased, without tag or digest (`docker.io/library/postgres:16` → `docker.io/library/postgres`).
    public static func path(of image: String) -> String {
        var reference = Substring(image)
        if let at = reference.firstIndex(of: "@") { reference = reference[..<at] }
        let lastSlash = reference.lastIndex(of: "/")
        let name = lastSlash.map { reference[reference.index(after: $0)...] } ?? reference
        if let colon = name.firstIndex(of: ":") { reference = reference[..<colon] }
        return reference.lowercased()
    }
}
