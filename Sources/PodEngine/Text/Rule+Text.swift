import PodText

extension Rule {
    /// The catalog key of why the rule holds (`rule.separate.stateful`).
    public var textKey: TextKey {
        switch self {
        case .separateStateful: .ruleSeparateStateful
        case .separateOncePerRelease: .ruleSeparateOncePerRelease
        case .separateScaling: .ruleSeparateScaling
        case .separateIndependent: .ruleSeparateIndependent
        case .colocate: .ruleColocate
        }
    }

    /// The catalog key of the placement the rule would give (`record.placementOf.separate.stateful`).
    public var placementKey: TextKey {
        switch self {
        case .separateStateful: .recordPlacementOfSeparateStateful
        case .separateOncePerRelease: .recordPlacementOfSeparateOncePerRelease
        case .separateScaling: .recordPlacementOfSeparateScaling
        case .separateIndependent: .recordPlacementOfSeparateIndependent
        case .colocate: .recordPlacementOfColocate
        }
    }
}
