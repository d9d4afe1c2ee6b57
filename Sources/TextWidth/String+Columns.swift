extension String {
    /// The text without its first `count` columns (a wide character cut in half becomes a space): a line scrolled
    /// sideways.
    public func droppingColumns(_ count: Int) -> String {
        var used = 0
        var index = startIndex
        while index < endIndex, used < count {
            used += self[index...index].displayWidth
            index = self.index(after: index)
        }
        return (used > count ? " " : "") + self[index...]
    }
}
