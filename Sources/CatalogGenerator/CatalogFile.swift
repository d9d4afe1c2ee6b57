import Foundation
import Yams

/// One catalog file: a flat mapping of key to text, read with its lines so errors can point at them.
enum CatalogFile {
    /// The entries of one file in file order; a malformed file throws a `GeneratorError` naming it.
    static func entries(of file: URL) throws -> [CatalogEntry] {
        let yaml = try SourceFile.text(of: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            let key = duplicates.first ?? ""
            throw GeneratorError(file, line: secondLine(of: key, in: yaml) ?? context.mark.line, "the key '\(key)' is written twice")
        } catch let error as YamlError {
            throw GeneratorError(file, line: line(of: error), "not valid YAML: \(problem(of: error))")
        }
        guard let root else { return [] }
        guard let mapping = root.mapping else {
            throw GeneratorError(file, line: root.mark?.line, "must be one flat mapping of key to text")
        }
        return try mapping.map { key, value in
            guard let name = key.scalar?.string, isString(key), validKey(name) else {
                throw GeneratorError(file, line: key.mark?.line, "'\(key.scalar?.string ?? "?")' is not a key: write dotted words of letters and digits joined by '.', '-' or '_'")
            }
            guard let text = value.scalar?.string, isString(value) else {
                throw GeneratorError(file, line: value.mark?.line ?? key.mark?.line, "the value of '\(name)' must be a string, not \(kind(of: value))\(value.scalar == nil ? "" : " (quote it)")")
            }
            return CatalogEntry(key: name, text: text, file: file, line: key.mark?.line ?? 0)
        }
    }

    /// Whether a key becomes a Swift case name: a lowercase letter first, then letters, digits and single separators.
    static func validKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        let separators: Set<Character> = [".", "-", "_"]
        var previous: Character = "a"
        for character in key {
            let separator = separators.contains(character)
            guard separator || (character.isASCII && (character.isLetter || character.isNumber)) else { return false }
            if separator && separators.contains(previous) { return false }
            previous = character
        }
        return !separators.contains(previous)
    }

    /// Whether a node is a scalar the YAML reads as a string (plain `yes` or `12` is not).
    private static func isString(_ node: Node) -> Bool {
        node.scalar != nil && node.tag.description == Tag.Name.str.rawValue
    }

    /// The line of the second `key:` in the text, for a duplicate key.
    private static func secondLine(of key: String, in yaml: String) -> Int? {
        let starts = [key + ":", "\"\(key)\":", "'\(key)':"]
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated().filter { _, line in
            starts.contains { line.hasPrefix($0) }
        }
        return lines.count > 1 ? lines[1].offset + 1 : nil
    }

    private static func kind(of node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar: "a " + (node.tag.description.split(separator: ":").last.map(String.init) ?? "scalar")
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): problem
        default: "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }
}
