import PodModel

/// What a co-located companion does in the pod.
public enum Role: String, CaseIterable, Sendable {
    case initContainer = "init"
    case sidecar, adapter, ambassador

    /// The role that the timing and function answers give.
    public init(_ answers: Answers) {
        switch (answers.timing, answers.function) {
        case (.beforeMain, _): self = .initContainer
        case (.alongside, .extend): self = .sidecar
        case (.alongside, .transformOutput): self = .adapter
        case (.alongside, .proxyOutbound): self = .ambassador
        }
    }

    /// Whether the companion keeps running beside the main container.
    public var runsAlongside: Bool { self != .initContainer }
}
