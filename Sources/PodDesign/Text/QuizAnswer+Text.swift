import PodText

extension QuizAnswer {
    /// The catalog key of the choice as the quiz offers it (`quiz.choice.sidecar`).
    public var choiceKey: TextKey {
        switch self {
        case .ownPod: .quizChoiceOwnPod
        case .initContainer: .quizChoiceInit
        case .sidecar: .quizChoiceSidecar
        case .adapter: .quizChoiceAdapter
        case .ambassador: .quizChoiceAmbassador
        }
    }

    /// The catalog key of the layout's short name (`quiz.answer.sidecar`).
    public var nameKey: TextKey {
        switch self {
        case .ownPod: .quizAnswerOwnPod
        case .initContainer: .quizAnswerInit
        case .sidecar: .quizAnswerSidecar
        case .adapter: .quizAnswerAdapter
        case .ambassador: .quizAnswerAmbassador
        }
    }
}
