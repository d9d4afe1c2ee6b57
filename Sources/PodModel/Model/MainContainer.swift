/// The application the pod is designed around.
public struct MainContainer: Hashable, Sendable {
    public var name: String
    public var image: String
    public var workload: Workload
    public var replicas: Int
    public var ports: [Port]
    /// Its command, arguments, environment, data path and security profile.
    public var settings: ContainerSettings
    public var location: SourceLocation

    public init(
        name: String, image: String, workload: Workload = .service, replicas: Int = 1,
        ports: [Port] = [], settings: ContainerSettings = ContainerSettings(), location: SourceLocation = .start
    ) {
        self.name = name
        self.image = image
        self.workload = workload
        self.replicas = replicas
        self.ports = ports
        self.settings = settings
        self.location = location
    }
}
