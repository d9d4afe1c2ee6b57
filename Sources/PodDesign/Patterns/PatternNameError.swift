/// A pattern name that is not one of the guide's, with the one-line message that says so.
public struct PatternNameError: Error, Hashable, Sendable {
    public var message: String
}
