import PodEngine
import PodText

/// A multi-container pod pattern the guide teaches, with the small design that shows it.
public enum Pattern: String, CaseIterable, Sendable {
    case single
    case initContainer = "init"
    case sidecar
    case nativeSidecar = "native-sidecar"
    case adapter, ambassador

    /// The rule and justification ids the engine fires for the pattern's design (for `single`, the rules
    /// that send a companion to a workload of its own and so leave the pod with one container).
    public var rules: [String] {
        switch self {
        case .single: Rule.allCases.filter { $0 != .colocate }.map(\.rawValue)
        case .initContainer, .sidecar, .nativeSidecar:
            [Rule.colocate.rawValue, Justification.lifecycle.rawValue, Justification.coupling.rawValue]
        case .adapter, .ambassador:
            [Rule.colocate.rawValue] + Justification.allCases.map(\.rawValue)
        }
    }

    /// The checks worth knowing for the pattern: every one its design fires, and the traps it is prone to.
    public var checks: [CheckID] {
        switch self {
        case .single: [.podCrowded, .colocateStateful]
        case .initContainer: [.initIdempotent]
        case .sidecar: [.jobClassicSidecar, .colocateNoChannel]
        case .nativeSidecar: [.nativeUnsupported, .colocateNoChannel]
        case .adapter: [.colocateNoChannel, .jobClassicSidecar]
        case .ambassador: [.ambassadorNoLocalPort, .conflictPort]
        }
    }

    /// The catalog text of one part of the pattern's page.
    public func text(_ part: Part, _ catalog: Catalog) -> String {
        catalog[textKey(part)]
    }
}
