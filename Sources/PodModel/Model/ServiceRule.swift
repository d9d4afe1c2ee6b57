/// Which Service a workload gets in a starter manifest.
public enum ServiceRule: Sendable {
    /// No Service: the workload runs to completion and serves nothing.
    case none
    /// A regular Service for its ports, when it has any.
    case regular
    /// A headless Service (`clusterIP: None`), always: a StatefulSet's pods are named through it.
    case headless
}
