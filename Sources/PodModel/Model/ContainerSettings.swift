/// How a container runs, the same fields on the main container and on every companion: its command, arguments,
/// environment, the names it reads from a Secret, where its volume claim is mounted, its security profile, its probe
/// and its resources.
public struct ContainerSettings: Hashable, Sendable {
    /// The container's `command`, as written; empty keeps the image's entrypoint.
    public var command: [String]
    /// The container's `args`, as written; empty keeps the image's.
    public var args: [String]
    /// The container's environment, in file order.
    public var env: [EnvVariable]
    /// The variables read from a Secret, never with a value here.
    public var secretEnv: [String]
    /// Where a stateful workload's claim is mounted; nil leaves today's path with its `# TODO`.
    public var dataPath: String?
    /// The container's own security profile; nil takes the design's.
    public var security: SecurityProfile?
    /// How to tell the container is ready; nil leaves the starter's probes.
    public var probe: ContainerProbe?
    /// Its requests and limits; nil leaves the starter's placeholders.
    public var resources: ContainerResources?

    /// Settings; the defaults are the image's own.
    public init(
        command: [String] = [], args: [String] = [], env: [EnvVariable] = [], secretEnv: [String] = [],
        dataPath: String? = nil, security: SecurityProfile? = nil, probe: ContainerProbe? = nil,
        resources: ContainerResources? = nil
    ) {
        self.command = command
        self.args = args
        self.env = env
        self.secretEnv = secretEnv
        self.dataPath = dataPath
        self.security = security
        self.probe = probe
        self.resources = resources
    }

    /// Whether every field is left out.
    public var isEmpty: Bool { self == ContainerSettings() }
}
