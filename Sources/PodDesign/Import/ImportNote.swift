import PodModel

/// Something `podwright import` could not carry over, said once where it is written: not a failure.
public struct ImportNote: Hashable, Sendable {
    public var location: SourceLocation
    public var text: String

    public init(location: SourceLocation, text: String) {
        self.location = location
        self.text = text
    }
}
