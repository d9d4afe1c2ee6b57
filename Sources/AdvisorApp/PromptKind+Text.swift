import PodDesign
import PodText

extension PromptKind {
    /// The catalog key of the prompt's title (`ui.prompt.design`).
    var titleKey: TextKey {
        switch self {
        case .design: .uiPromptDesign
        case .manifest: .uiPromptManifest
        case .record: .uiPromptRecord
        case .open: .uiPromptOpen
        }
    }

    /// The catalog key of the status after the file is written or opened (`ui.status.written.design`).
    var writtenKey: TextKey {
        switch self {
        case .design: .uiStatusWrittenDesign
        case .manifest: .uiStatusWrittenManifest
        case .record: .uiStatusWrittenRecord
        case .open: .uiStatusWrittenOpen
        }
    }
}
