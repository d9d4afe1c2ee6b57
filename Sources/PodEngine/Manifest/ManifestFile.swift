/// One file of a manifest laid out as a folder: its name in the folder and its text.
public struct ManifestFile: Hashable, Sendable {
    public let name: String
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
