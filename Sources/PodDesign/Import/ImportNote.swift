import PodModel

/// Something `podwright import` could not carry over, said once where it is written: not a failure.
public struct ImportNote: Hashable, Sendable {
    /// The file it is in, when it is not the (first) file imported: an override given with `-f`, an extended
    /// file, `.env` or an `env_file`.
    public var file: String?
    public var location: SourceLocation
    public var text: String

    public init(file: String? = nil, location: SourceLocation, text: String) {
        self.file = file
        self.location = location
        self.text = text
    }
}
