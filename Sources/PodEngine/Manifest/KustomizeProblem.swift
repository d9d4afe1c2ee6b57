/// Why documents cannot be laid out as a kustomize folder.
public enum KustomizeProblem: Error, Hashable, Sendable {
    /// Two documents would be written to the same file.
    case sameFile(String)
    /// The document (counted from 1) has no `kind` and `metadata.name` that make a plain file name.
    case noFileName(document: Int)
}
