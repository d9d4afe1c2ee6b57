/// One pod-design session: the main container, its companions and their answers.
public struct Design: Hashable, Sendable {
    /// The design file format this podwright reads and writes.
    public static let format = 1

    public var name: String
    /// The target written in the file, if any.
    public var kubernetes: KubernetesVersion?
    public var sidecarStyle: SidecarStyle
    public var main: MainContainer
    public var companions: [Companion]
    /// The security profile of every container that names none; nil is `restricted`.
    public var security: SecurityProfile?
    /// Where `sidecarStyle` is written (or the top of the file), for messages about it.
    public var sidecarStyleLocation: SourceLocation

    public init(
        name: String, kubernetes: KubernetesVersion? = nil, sidecarStyle: SidecarStyle = .auto,
        main: MainContainer, companions: [Companion] = [], sidecarStyleLocation: SourceLocation = .start
    ) {
        self.name = name
        self.kubernetes = kubernetes
        self.sidecarStyle = sidecarStyle
        self.main = main
        self.companions = companions
        self.sidecarStyleLocation = sidecarStyleLocation
    }

    /// The version decided for: the file's, or the newest supported.
    public var target: KubernetesVersion { kubernetes ?? .newest }
}
