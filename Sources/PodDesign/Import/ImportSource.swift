import Foundation

/// One file given to `import`: its name as messages show it (and as paths beside it are resolved from), and its bytes.
public struct ImportSource: Sendable {
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
