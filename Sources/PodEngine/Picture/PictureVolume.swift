/// A shared `emptyDir` volume of a pictured pod, and the containers that mount it.
public struct PictureVolume: Hashable, Sendable {
    /// A name for the volume that Mermaid and SVG can use as an id (`p0v0`).
    public var id: String
    public var name: String
    public var path: String
    /// The ids of the containers that mount it.
    public var mountedBy: [String]

    public init(id: String, name: String, path: String, mountedBy: [String]) {
        self.id = id
        self.name = name
        self.path = path
        self.mountedBy = mountedBy
    }
}
