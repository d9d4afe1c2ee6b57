/// A key a person pressed.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case character(Character)
    /// A control key: `.control("c")` is Ctrl-C.
    case control(Character)
    case enter, tab, backTab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
}
