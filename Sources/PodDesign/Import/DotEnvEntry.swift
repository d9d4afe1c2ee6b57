/// One line of a `.env` or `env_file` file: a variable and its value as written (before interpolation), or a line
/// that sets nothing Compose can read.
struct DotEnvEntry: Hashable, Sendable {
    var name: String
    /// The value with its quotes taken off and, in double quotes, its escapes read; nil for a bare `NAME`.
    var value: String?
    /// Whether the value is interpolated: it is, unless it was in single quotes.
    var interpolated: Bool
    /// Its line in the file (1-based), and the column where the value starts.
    var line: Int
    var valueColumn: Int
}
