extension String {
    /// The text cut to `width` columns, ending in `…` when it was cut.
    public func fitted(toWidth width: Int) -> String {
        guard displayWidth > width else { return self }
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
        guard displayWidth > width else { return self }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var out = ""
        var used = 0
        for character in reversed() {
            let w = String(character).displayWidth
            if used + w > width - 1 { break }
            out.insert(character, at: out.startIndex)
            used += w
        }
        return "…" + out
    }
}
