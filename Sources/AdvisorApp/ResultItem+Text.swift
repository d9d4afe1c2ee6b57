import PodDesign
import PodText

extension ResultItem {
    /// The catalog key of the action's menu entry (`ui.result.saveDesign`); `finish` names where the manifest goes.
    func textKey(manifestToStdout: Bool) -> TextKey {
        switch self {
        case .finish: manifestToStdout ? .uiResultFinishStdout : .uiResultFinish
        case .saveDesign: .uiResultSaveDesign
        case .writeManifest: .uiResultWriteManifest
        case .exportRecord: .uiResultExportRecord
        case .companions: .uiResultCompanions
        }
    }
}
