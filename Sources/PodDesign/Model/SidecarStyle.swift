/// How sidecars, adapters and ambassadors are emitted.
public enum SidecarStyle: String, CaseIterable, Sendable {
    /// Native sidecars where the target has them, regular containers otherwise.
    case auto
    /// Always native sidecars (init containers with `restartPolicy: Always`).
    case native
    /// Always regular containers.
    case classic
}
