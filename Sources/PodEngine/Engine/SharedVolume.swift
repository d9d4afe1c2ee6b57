/// An `emptyDir` volume for one shared path, and the containers that mount it.
public struct SharedVolume: Hashable, Sendable {
    public var name: String
    public var path: String
    /// Containers that mount it, the main container first.
    public var containers: [String]

    public init(name: String, path: String, containers: [String]) {
        self.name = name
        self.path = path
        self.containers = containers
    }
}
