import PodDesign
import PodModel

/// A field of the main-container form.
public enum MainField: String, CaseIterable, Hashable, Sendable {
    case name, mainName, mainImage, workload, replicas, mainPorts, kubernetes, sidecarStyle, proceed

    /// The fields shown for a draft (`replicas` only for workloads that have them).
    public static func fields(for draft: Draft) -> [MainField] {
        let replicas = Workload(rawValue: draft.workload)?.hasReplicas ?? false
        return allCases.filter { $0 != .replicas || replicas }
    }

    /// The words offered when the field is a choice, in the order → walks them (versions from old to new).
    public var choices: [String]? {
        switch self {
        case .workload: Workload.allCases.map(\.rawValue)
        case .kubernetes: KubernetesVersion.all.map(\.description)
        case .sidecarStyle: SidecarStyle.allCases.map(\.rawValue)
        default: nil
        }
    }

    /// Whether → past the last choice comes back to the first (a version does not: → is newer, ← older, up to the ends).
    public var wraps: Bool { self != .kubernetes }

    /// The field's path in the design file, as parser errors name it.
    public var path: FieldPath? {
        switch self {
        case .name: .top(.name)
        case .mainName: .main(.name)
        case .mainImage: .main(.image)
        case .workload: .main(.workload)
        case .replicas: .main(.replicas)
        case .mainPorts: .main(.ports)
        case .kubernetes: .top(.kubernetes)
        case .sidecarStyle: .top(.sidecarStyle)
        case .proceed: nil
        }
    }

    /// The field's text in the draft.
    public func value(in draft: Draft) -> String {
        switch self {
        case .name: draft.name
        case .mainName: draft.mainName
        case .mainImage: draft.mainImage
        case .workload: draft.workload
        case .replicas: draft.replicas
        case .mainPorts: draft.mainPorts
        case .kubernetes: draft.kubernetes
        case .sidecarStyle: draft.sidecarStyle
        case .proceed: ""
        }
    }

    /// Sets the field's text in the draft.
    public func set(_ value: String, in draft: inout Draft) {
        switch self {
        case .name: draft.name = value
        case .mainName: draft.mainName = value
        case .mainImage: draft.mainImage = value
        case .workload: draft.workload = value
        case .replicas: draft.replicas = value
        case .mainPorts: draft.mainPorts = value
        case .kubernetes: draft.kubernetes = value
        case .sidecarStyle: draft.sidecarStyle = value
        case .proceed: break
        }
    }
}
