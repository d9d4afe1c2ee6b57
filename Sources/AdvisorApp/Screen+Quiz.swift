extension Screen {
    /// Whether the screen takes the whole body, without the preview pane (the start menu and the quiz).
    var usesWholeBody: Bool {
        switch self {
        case .start, .quiz: true
        default: false
        }
    }
}
