/// The stable ids of the checks on a result (and of audit findings).
public enum CheckID: String, CaseIterable, Sendable {
    case conflictPort = "conflict.port"
    case jobClassicSidecar = "job.classic-sidecar"
    case initIdempotent = "init.idempotent"
    case colocateNoChannel = "colocate.no-channel"
    case podCrowded = "pod.crowded"
    case ambassadorNoLocalPort = "ambassador.no-local-port"
    case nativeUnsupported = "native.unsupported"
    case separateSharedPath = "separate.shared-path"
    case colocateStateful = "colocate.stateful"
    /// An init step reaches `localhost` through an ambassador that starts only after it.
    case initNeedsLaterProxy = "init.needs-later-proxy"
    /// An init step runs the main image in every replica: a migration racing itself.
    case initRacesReplicas = "init.races-replicas"
    /// An explicit answer contradicts what the image catalogue knows of the image.
    case answerContradictsImage = "answer.contradicts-image"
    /// A companion serves one that is itself placed beside another container (bad input for `recommend`).
    case servesColocated = "serves.colocated"
    /// A container's `env` holds a secret in plain text, where `secretEnv` would read it from a Secret.
    case envPlainSecret = "env.plain-secret"

    /// The level of a finding of this check when the advisor decides a design.
    public var level: Level {
        switch self {
        case .conflictPort, .ambassadorNoLocalPort, .nativeUnsupported, .initNeedsLaterProxy, .servesColocated: .error
        case .jobClassicSidecar, .colocateNoChannel, .podCrowded, .colocateStateful, .answerContradictsImage, .envPlainSecret:
            .warning
        case .initIdempotent, .separateSharedPath, .initRacesReplicas: .note
        }
    }
}
