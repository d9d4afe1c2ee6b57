/// How sidecars, adapters and ambassadors are emitted.
public enum SidecarStyle: String, CaseIterable, Sendable {
    /// Native sidecars where the target has them, regular containers otherwise.
    case auto
    /// Always native sidecars (init containers with `restartPolicy: Always`).
    case native
    /// Always regular containers.
    case classic

    /// Whether sidecars, adapters and ambassadors are native sidecars for this target.
    public func isNative(on target: KubernetesVersion) -> Bool {
        switch self {
        case .auto: target.hasNativeSidecars
        case .native: true
        case .classic: false
        }
    }
}
