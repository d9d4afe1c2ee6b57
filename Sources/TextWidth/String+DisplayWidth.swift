/// Terminal column widths of text: East Asian wide characters (Hangul, CJK,
/// full-width forms) take two columns, combining marks and zero-width
/// characters none, everything else one.
extension Unicode.Scalar {
    /// The number of terminal columns this scalar takes: 0, 1 or 2.
    public var displayWidth: Int {
        let v = value
        if v == 0 { return 0 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if Self.isZeroWidth(v) { return 0 }
        return Self.isWide(v) ? 2 : 1
    }

    private static func isZeroWidth(_ v: UInt32) -> Bool {
        (0x0300...0x036F).contains(v) || (0x1160...0x11FF).contains(v)
            || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v)
            || (0x20D0...0x20FF).contains(v) || v == 0xFEFF
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v)
            || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xA960...0xA97F).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v)
    }
}

extension StringProtocol {
    /// The number of terminal columns the text takes when drawn on one line.
    public var displayWidth: Int {
        var total = 0
        for scalar in unicodeScalars { total += scalar.displayWidth }
        return total
    }

    /// The text padded with spaces on the right to `width` columns (never cut).
    public func padded(toWidth width: Int) -> String {
        let missing = width - displayWidth
        return missing > 0 ? String(self) + String(repeating: " ", count: missing) : String(self)
    }
}
