/// What an image reference names, read from the reference as written.
public enum ImageName {
    /// An image's repository name: the last path part, without registry, tag or digest
    /// (`docker.io/library/postgres:16` → `postgres`).
    public static func repository(of image: String) -> String {
        var reference = Substring(image)
        if let at = reference.firstIndex(of: "@") { reference = reference[..<at] }
        if let slash = reference.lastIndex(of: "/") { reference = reference[reference.index(after: slash)...] }
        if let colon = reference.firstIndex(of: ":") { reference = reference[..<colon] }
        return reference.lowercased()
    }
}
