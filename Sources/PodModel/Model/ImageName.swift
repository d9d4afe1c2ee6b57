/// What an image reference names, read from the reference as written.
public enum ImageName {
    /// An image's repository name: the last path part, without registry, tag or digest
    /// (`docker.io/library/postgres:16` → `postgres`).
    public static func repository(of image: String) -> String {
        repository(ofPath: path(of: image))
    }

    /// The repository name of an image's path (as `path(of:)` gives it): its last part.
    static func repository(ofPath path: String) -> String {
        if isASCII(path) {  // the same parts, found in the bytes rather than the Characters
            return path.utf8.split(separator: UInt8(ascii: "/")).last.map { String(Substring($0)) } ?? path
        }
        return path.split(separator: "/").last.map(String.init) ?? path
    }

    /// An image's path, lowercased, without tag or digest (`docker.io/library/postgres:16` → `docker.io/library/postgres`).
    public static func path(of image: String) -> String {
        if isASCII(image) {  // the same cuts, found in the bytes rather than the Characters
            let bytes = image.utf8
            var end = bytes.firstIndex(of: UInt8(ascii: "@")) ?? bytes.endIndex
            let name = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map(bytes.index(after:)) ?? bytes.startIndex
            if let colon = bytes[name..<end].firstIndex(of: UInt8(ascii: ":")) { end = colon }
            return image[..<end].lowercased()
        }
        var reference = Substring(image)
        if let at = reference.firstIndex(of: "@") { reference = reference[..<at] }
        let lastSlash = reference.lastIndex(of: "/")
        let name = lastSlash.map { reference[reference.index(after: $0)...] } ?? reference
        if let colon = name.firstIndex(of: ":") { reference = reference[..<colon] }
        return reference.lowercased()
    }

    /// Whether the text is all ASCII, where each Character is one byte (a `\r\n` is one Character of two bytes,
    /// but neither is a `/`, `@` or `:`, so cutting at those gives the same parts either way).
    private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}
