/// The eight basic terminal colours, and the terminal's own default.
public enum Color: Int, CaseIterable, Sendable {
    case `default` = -1
    case black, red, green, yellow, blue, magenta, cyan, white
}
