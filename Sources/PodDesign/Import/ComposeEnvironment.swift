import Foundation

/// What `import` reads of the world beyond the files it is given, handed in so that the core stays a function of
/// values: the variables Compose interpolates from, and the files a Compose file names (`.env`, `env_file`, the file
/// of an `extends`), read by path.
public struct ComposeEnvironment: Sendable {
    /// The process environment: it wins over `.env`, as in Compose.
    public var variables: [String: String]
    /// The bytes of a file by path (relative paths are relative to the working directory), or nil when it is
    /// missing or cannot be read.
    public var readFile: @Sendable (String) -> Data?

    public init(variables: [String: String], readFile: @escaping @Sendable (String) -> Data?) {
        self.variables = variables
        self.readFile = readFile
    }

    /// No variables and no files: a Compose file read by itself.
    public static let none = ComposeEnvironment(variables: [:]) { _ in nil }
}
