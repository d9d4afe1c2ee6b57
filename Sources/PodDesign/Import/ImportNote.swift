import PodModel

/// Something `podwright import` could not carry over, said once where it is written: not a failure.
public struct ImportNote: Hashable, Sendable {
    /// The file it is in: set for a note on Compose files, which may be one of several (a file given with `-f`,
    /// an extended file, `.env`, an `env_file`); nil for a manifest's, which is about the one file imported.
    public var file: String?
    public var location: SourceLocation
    public var text: String

    public init(file: String? = nil, location: SourceLocation, text: String) {
        self.file = file
        self.location = location
        self.text = text
    }
}
