/// The application the pod is designed around.
public struct MainContainer: Hashable, Sendable {
    public var name: String
    public var image: String
    public var workload: Workload
    public var replicas: Int
    public var ports: [Port]
    public var location: SourceLocation

    public init(
        name: String, image: String, workload: Workload = .service, replicas: Int = 1,
        ports: [Port] = [], location: SourceLocation = .start
    ) {
        self.name = name
        self.image = image
        self.workload = workload
        self.replicas = replicas
        self.ports = ports
        self.location = location
    }
}
