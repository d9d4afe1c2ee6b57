import PodText

extension Level {
    /// The catalog key of the level's name.
    public var textKey: TextKey {
        switch self {
        case .error: .levelError
        case .warning: .levelWarning
        case .note: .levelNote
        }
    }
}
