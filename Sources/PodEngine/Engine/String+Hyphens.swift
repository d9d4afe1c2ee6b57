extension String {
    /// The text without leading and trailing hyphens.
    func trimmingHyphens() -> String {
        var s = Substring(self)
        while s.hasPrefix("-") { s = s.dropFirst() }
        while s.hasSuffix("-") { s = s.dropLast() }
        return String(s)
    }
}
