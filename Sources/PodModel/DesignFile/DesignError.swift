/// A design file that cannot be read: where, in which field, and what is wrong.
public struct DesignError: Error, Hashable, Sendable {
    /// The file as the user named it (`<stdin>` for standard input).
    public var file: String
    public var location: SourceLocation
    /// The field's path in the file, like `companions[0].coupling` (`.file` for the file itself).
    public var field: FieldPath
    public var problem: DesignProblem

    public init(file: String, location: SourceLocation, field: FieldPath = .file, problem: DesignProblem) {
        self.file = file
        self.location = location
        self.field = field
        self.problem = problem
    }
}
