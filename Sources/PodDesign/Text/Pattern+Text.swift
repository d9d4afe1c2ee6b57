import PodText

extension Pattern {
    /// The catalog key of one part of the pattern's page (`pattern.title.sidecar`).
    public func textKey(_ part: Part) -> TextKey {
        switch part {
        case .title:
            switch self {
            case .single: .patternTitleSingle
            case .initContainer: .patternTitleInit
            case .sidecar: .patternTitleSidecar
            case .nativeSidecar: .patternTitleNativeSidecar
            case .adapter: .patternTitleAdapter
            case .ambassador: .patternTitleAmbassador
            }
        case .summary:
            switch self {
            case .single: .patternSummarySingle
            case .initContainer: .patternSummaryInit
            case .sidecar: .patternSummarySidecar
            case .nativeSidecar: .patternSummaryNativeSidecar
            case .adapter: .patternSummaryAdapter
            case .ambassador: .patternSummaryAmbassador
            }
        case .what:
            switch self {
            case .single: .patternWhatSingle
            case .initContainer: .patternWhatInit
            case .sidecar: .patternWhatSidecar
            case .nativeSidecar: .patternWhatNativeSidecar
            case .adapter: .patternWhatAdapter
            case .ambassador: .patternWhatAmbassador
            }
        case .when:
            switch self {
            case .single: .patternWhenSingle
            case .initContainer: .patternWhenInit
            case .sidecar: .patternWhenSidecar
            case .nativeSidecar: .patternWhenNativeSidecar
            case .adapter: .patternWhenAdapter
            case .ambassador: .patternWhenAmbassador
            }
        case .whenNot:
            switch self {
            case .single: .patternWhenNotSingle
            case .initContainer: .patternWhenNotInit
            case .sidecar: .patternWhenNotSidecar
            case .nativeSidecar: .patternWhenNotNativeSidecar
            case .adapter: .patternWhenNotAdapter
            case .ambassador: .patternWhenNotAmbassador
            }
        case .outside:
            switch self {
            case .single: .patternOutsideSingle
            case .initContainer: .patternOutsideInit
            case .sidecar: .patternOutsideSidecar
            case .nativeSidecar: .patternOutsideNativeSidecar
            case .adapter: .patternOutsideAdapter
            case .ambassador: .patternOutsideAmbassador
            }
        case .timeline:
            switch self {
            case .single: .patternTimelineSingle
            case .initContainer: .patternTimelineInit
            case .sidecar: .patternTimelineSidecar
            case .nativeSidecar: .patternTimelineNativeSidecar
            case .adapter: .patternTimelineAdapter
            case .ambassador: .patternTimelineAmbassador
            }
        }
    }
}
