/// A reason that holds for a co-located companion; every one that holds is recorded.
public enum Justification: String, CaseIterable, Sendable {
    case lifecycle = "colocate.lifecycle"
    case coupling = "colocate.coupling"
    case noCodeChange = "colocate.no-code-change"

    /// The answers this justification reads.
    public var questions: [Question] {
        switch self {
        case .lifecycle: [.lifecycle]
        case .coupling: [.coupling]
        case .noCodeChange: [.mainCodeChangeable, .timing, .function]
        }
    }

    /// Whether the justification holds for these answers.
    public func holds(for a: Answers) -> Bool {
        switch self {
        case .lifecycle:
            return a.lifecycle == .same
        case .coupling:
            return a.coupling == .tight
        case .noCodeChange:
            return !a.mainCodeChangeable && a.timing == .alongside
                && (a.function == .transformOutput || a.function == .proxyOutbound)
        }
    }
}
