import PodModel

/// A design inferred by `podwright import`: the design, the comment lines above it, and the notes on
/// what could not be carried over.
public struct ImportResult: Sendable {
    public var design: Design
    public var comments: [String]
    public var notes: [ImportNote]

    /// The design file: the comments, then the design with each inferred answer's source beside it.
    public var text: String { DesignWriter.yaml(design, comments: comments) }

    /// How many answers that mean something were left to their defaults.
    public var assumedCount: Int { design.companions.reduce(0) { $0 + $1.answers.assumedQuestions.count } }
}
