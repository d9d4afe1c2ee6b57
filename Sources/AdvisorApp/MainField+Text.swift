import PodDesign
import PodText

extension MainField {
    /// The key of the field's label in the form.
    var labelKey: TextKey {
        switch self {
        case .name: .uiFieldName
        case .mainName: .uiFieldMainName
        case .mainImage: .uiFieldMainImage
        case .workload: .uiFieldWorkload
        case .replicas: .uiFieldReplicas
        case .mainPorts: .uiFieldMainPorts
        case .kubernetes: .uiFieldKubernetes
        case .sidecarStyle: .uiFieldSidecarStyle
        case .proceed: .uiFieldProceed
        }
    }

    /// The key of the hint shown under the form for the field.
    var hintKey: TextKey {
        switch self {
        case .name: .uiFieldHintName
        case .mainName: .uiFieldHintMainName
        case .mainImage: .uiFieldHintMainImage
        case .workload: .uiFieldHintWorkload
        case .replicas: .uiFieldHintReplicas
        case .mainPorts: .uiFieldHintMainPorts
        case .kubernetes: .uiFieldHintKubernetes
        case .sidecarStyle: .uiFieldHintSidecarStyle
        case .proceed: .uiFieldHintProceed
        }
    }
}
