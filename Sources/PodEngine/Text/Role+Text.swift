import PodText

extension Role {
    /// The catalog key of the role's name.
    public var textKey: TextKey {
        switch self {
        case .initContainer: .roleInit
        case .sidecar: .roleSidecar
        case .adapter: .roleAdapter
        case .ambassador: .roleAmbassador
        }
    }
}
