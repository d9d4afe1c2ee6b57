import PodEngine
import PodModel

/// A pod template found in a manifest: the resource that holds it and the pod's shape.
public struct AuditedPod: Hashable, Sendable {
    /// The pod's workload kind and containers, as the checks read them.
    public var shape: PodShape
    /// The resource's namespace, when the manifest names one.
    public var namespace: String?
    /// The resource's name.
    public var name: String
    /// Rule ids the resource opts out of with `podwright.dev/ignore` (`all` ignores every rule).
    public var ignored: Set<String>
    /// Where the resource starts.
    public var location: SourceLocation
    /// What audit reads of each container beyond its shape, in the order of `shape.containers`.
    public var details: [AuditedContainer]
    /// Whether the pod's containers share one process namespace (`shareProcessNamespace: true`).
    public var sharesProcesses: Bool

    /// A pod of this shape held by the named resource.
    public init(shape: PodShape, namespace: String?, name: String, ignored: Set<String> = [], location: SourceLocation = .start,
                details: [AuditedContainer]? = nil, sharesProcesses: Bool = false) {
        self.shape = shape
        self.namespace = namespace
        self.name = name
        self.ignored = ignored
        self.location = location
        self.details = details ?? shape.containers.map { _ in AuditedContainer() }
        self.sharesProcesses = sharesProcesses
    }

    /// `Kind/namespace/name`, or `Kind/name` without a namespace.
    public var resource: String { [shape.kind.rawValue, namespace, name].compactMap { $0 }.joined(separator: "/") }

    /// Whether the resource opts out of the rule with `podwright.dev/ignore` (by its id, or `all`).
    public func ignores(_ rule: AuditRule) -> Bool { ignored.contains(rule.rawValue) || ignored.contains("all") }
}
