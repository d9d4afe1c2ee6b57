import StyledText

extension Level {
    /// The style a level is shown in: error, warning or note.
    public var textStyle: TextStyle {
        switch self {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
    }
}
