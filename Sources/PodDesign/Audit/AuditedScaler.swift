import PodModel

/// A HorizontalPodAutoscaler found in a manifest: what it scales and on which of the pod's resources.
public struct AuditedScaler: Hashable, Sendable {
    /// `HorizontalPodAutoscaler/namespace/name`.
    public var resource: String
    /// The workload it scales, as `AuditedPod.resource` writes it (`Deployment/namespace/name`).
    public var target: String
    /// The resources (`cpu`, `memory`) of its `Resource` metrics, which average over every container of the pod;
    /// `cpu` for an `autoscaling/v1` object or one without metrics, which scale on CPU.
    public var podResources: [String]
    /// Whether it scales on CPU utilisation of the whole pod, which needs every container's CPU request.
    public var cpuUtilization: Bool
    /// Where it starts.
    public var location: SourceLocation

    /// A scaler with these facts.
    public init(resource: String, target: String, podResources: [String], cpuUtilization: Bool, location: SourceLocation = .start) {
        self.resource = resource
        self.target = target
        self.podResources = podResources
        self.cpuUtilization = cpuUtilization
        self.location = location
    }
}
