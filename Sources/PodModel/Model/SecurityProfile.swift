/// The Pod Security profile a container is written for (`security:` in a design file).
public enum SecurityProfile: String, CaseIterable, Sendable {
    /// Non-root, no privilege escalation, all capabilities dropped, RuntimeDefault seccomp.
    case restricted
    /// What an image that must start as root can take.
    case baseline
}
