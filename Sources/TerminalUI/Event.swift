/// What the terminal reports: a key, text pasted in one piece (bracketed paste), or a new size.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// Text the terminal marked as pasted: it is typed as text, never taken as keys (a Tab in it does not leave the field).
    case paste(String)
    case resize(width: Int, height: Int)
}
