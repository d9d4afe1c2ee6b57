extension String {
    /// The text cut to `width` columns, ending in `…` when it was cut.
    public func fitted(toWidth width: Int) -> String {
        guard isWider(than: width) else { return self }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var out = ""
        var used = 0
        for character in self {
            let w = String(character).displayWidth
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// The end of the text in `width` columns, starting with `…` when the start was cut (a field being typed).
    public func tail(toWidth width: Int) -> String {
        guard isWider(than: width) else { return self }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var start = endIndex
        var used = 0
        while start > startIndex {
            let before = index(before: start)
            let w = self[before...before].displayWidth
            if used + w > width - 1 { break }
            start = before
            used += w
        }
        return "…" + self[start...]
    }

    /// Whether the text takes more than `width` columns; it looks no further than that (a long field stays cheap).
    public func isWider(than width: Int) -> Bool {
        var total = 0
        for scalar in unicodeScalars {
            total += scalar.displayWidth
            if total > width { return true }
        }
        return false
    }
}
