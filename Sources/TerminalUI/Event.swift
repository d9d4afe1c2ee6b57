/// What the terminal reports: a key, or a new size.
public enum Event: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
}
