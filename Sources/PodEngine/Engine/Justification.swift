import PodModel

/// A reason that holds for a co-located companion; every one that holds is recorded.
public enum Justification: String, CaseIterable, Sendable {
    /// It starts, stops and is upgraded with the main container.
    case lifecycle = "colocate.lifecycle"
    /// It works on the main container's files or over localhost.
    case coupling = "colocate.coupling"
    /// The main container's code cannot change, and it adapts its output or proxies its connections.
    case noCodeChange = "colocate.no-code-change"

    /// The conditions on the answers that make the justification hold, all of them together.
    public var conditions: [AnswerCondition] {
        switch self {
        case .lifecycle: [.is(.lifecycle(.same))]
        case .coupling: [.is(.coupling(.tight))]
        case .noCodeChange: [
            .is(.mainCodeChangeable(false)), .is(.timing(.alongside)),
            .oneOf([.function(.transformOutput), .function(.proxyOutbound)]),
        ]
        }
    }

    /// The answers this justification reads.
    public var questions: [Question] { conditions.questions }

    /// Whether the justification holds for these answers.
    public func holds(for a: Answers) -> Bool { conditions.allSatisfy { $0.holds(for: a) } }
}
