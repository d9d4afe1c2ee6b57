/// Where a value sits in a design file, as typed steps: `companions[0].coupling` is
/// `.key(.companions), .index(0), .key(.coupling)`. Errors carry one; messages print it.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    /// One step down into the file.
    public enum Step: Hashable, Sendable {
        case key(FieldKey)
        case index(Int)
        /// A command-line option that stands for a field (`--main`).
        case option(String)
        /// A path in a file of another format, as it is written there (a Compose file's `services.web.ports`).
        case source(String)
        /// A key that is a name written in the file (a variable of `env`).
        case name(String)
    }

    public var steps: [Step]

    public init(_ steps: [Step] = []) { self.steps = steps }

    /// The file itself.
    public static let file = FieldPath()

    /// A path in a Compose file, as it is written there.
    public static func compose(_ path: String) -> FieldPath { FieldPath([.source(path)]) }

    /// A top-level field.
    public static func top(_ key: FieldKey) -> FieldPath { FieldPath([.key(key)]) }

    /// A field of the main container.
    public static func main(_ key: FieldKey) -> FieldPath { FieldPath([.key(.main), .key(key)]) }

    /// The entry of the companion at `index`.
    public static func companion(_ index: Int) -> FieldPath { FieldPath([.key(.companions), .index(index)]) }

    /// A field of the companion at `index`.
    public static func companion(_ index: Int, _ key: FieldKey) -> FieldPath { companion(index) / key }

    /// The path one key further down.
    public static func / (path: FieldPath, key: FieldKey) -> FieldPath { FieldPath(path.steps + [.key(key)]) }

    /// The path of a named entry of the mapping at this path (`main.env.PORT`).
    public static func / (path: FieldPath, name: String) -> FieldPath { FieldPath(path.steps + [.name(name)]) }

    /// The path of an item of the list at this path.
    public subscript(index: Int) -> FieldPath { FieldPath(steps + [.index(index)]) }

    /// Whether this path is `other` or lies inside it.
    public func isWithin(_ other: FieldPath) -> Bool { steps.starts(with: other.steps) }

    /// Whether this is the file itself.
    public var isFile: Bool { steps.isEmpty }

    /// The path as messages show it: `companions[0].ports[1].name`.
    public var description: String {
        var out = ""
        for step in steps {
            switch step {
            case let .key(key): out += (out.isEmpty ? "" : ".") + key.rawValue
            case let .index(index): out += "[\(index)]"
            case let .option(text), let .source(text): out += text
            case let .name(name): out += "." + name
            }
        }
        return out
    }
}
