/// A variable written in a Compose value (`$NAME`, `${NAME}`, `${NAME:?message}`, ...): its name, the text that
/// refers to it, and how many copies of that text come before it in the value (to find it in the file).
struct VariableReference: Hashable, Sendable {
    var name: String
    /// The reference as written, up to and including its closing brace.
    var written: String
    var occurrence: Int
}
