/// Where the engine puts a companion.
public enum Placement: Hashable, Sendable {
    /// In the main container's pod, with its role, whether it is a native sidecar, and every reason that holds.
    case colocated(role: Role, native: Bool, justifications: [Justification])
    /// In a pod of its own, run by this workload.
    case separate(SeparateWorkload)

    /// The role, when co-located.
    public var role: Role? {
        if case let .colocated(role, _, _) = self { return role }
        return nil
    }

    /// Whether the companion is a native sidecar (an init container with `restartPolicy: Always`).
    public var isNative: Bool {
        if case let .colocated(_, native, _) = self { return native }
        return false
    }
}
