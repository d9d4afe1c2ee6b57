import TextWidth

/// Breaks text into lines no wider than a number of terminal columns.
public enum TextWrap {
    /// Wraps at spaces where it can and inside words where it must; explicit newlines are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        text.wrapped(toWidth: width)
    }
}
