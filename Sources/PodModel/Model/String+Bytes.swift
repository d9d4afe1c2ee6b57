extension String {
    /// Whether the text holds `part`, compared byte by byte (UTF-8): for short ASCII words in names and arguments,
    /// many times cheaper than Foundation's `contains` or the standard library's `firstRange(of:)`.
    public func holds(_ part: String) -> Bool {
        var text = self, part = part
        return part.withUTF8 { needle in
            text.withUTF8 { bytes in
                guard let first = needle.first else { return true }
                guard bytes.count >= needle.count else { return false }
                for start in 0...(bytes.count - needle.count) where bytes[start] == first {
                    var matched = 1
                    while matched < needle.count, bytes[start + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                return false
            }
        }
    }
}
