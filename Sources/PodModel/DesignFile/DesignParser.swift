import Foundation
import Yams

/// Reads a design file (format 1) strictly: every unknown field, bad value or bad name is a `DesignError`.
public enum DesignParser {
    /// The largest design file read, in bytes.
    public static let maxBytes = 1 << 20
    /// The deepest lists and mappings may nest, libyaml's limit (`MAX_NESTING_LEVEL`).
    public static let maxNesting = 1000
    /// The most nodes a file may hold once its aliases are expanded.
    public static let maxExpandedNodes = 1_000_000

    /// Parses the bytes of a design file named `file` (as shown in messages).
    public static func parse(_ data: Data, file: String) throws(DesignError) -> Design {
        guard data.count <= maxBytes else {
            throw DesignError(file: file, location: .start, problem: .tooLarge(bytes: data.count))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DesignError(file: file, location: .start, problem: .notUTF8)
        }
        return try parse(text, file: file)
    }

    /// Parses the text of a design file named `file` (as shown in messages).
    public static func parse(_ text: String, file: String) throws(DesignError) -> Design {
        guard text.utf8.count <= maxBytes else {
            throw DesignError(file: file, location: .start, problem: .tooLarge(bytes: text.utf8.count))
        }
        let text = text.withLineFeeds  // so the lines the comments and messages count are the parser's
        let root = try document(text, file: file)
        let reader = NodeReader(file: file)
        var budget = maxExpandedNodes
        guard fits(root, budget: &budget) else {
            throw DesignError(file: file, location: .start, problem: .aliasExpansion(limit: maxExpandedNodes))
        }
        var design = Design(name: "", main: MainContainer(name: "", image: ""))
        try DesignSchema.design.read(root, .file, into: &design, with: FieldReadContext(nodes: reader, comments: LineComments(text)))
        return design
    }

    /// The single document of the file, or the error that YAML itself reports.
    static func document(_ text: String, file: String) throws(DesignError) -> Node {
        do {
            let parser = try Parser(yaml: text, resolver: .basic)
            guard let root = try parser.nextRoot() else {
                throw DesignError(file: file, location: .start, problem: .empty)
            }
            if let second = try parser.nextRoot() {
                let mark = second.mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? .start
                throw DesignError(file: file, location: mark, problem: .multipleDocuments)
            }
            return root
        } catch let error as DesignError {
            throw error
        } catch let error as YamlError {
            throw yamlError(error, text: text, file: file)
        } catch {
            throw DesignError(file: file, location: .start, problem: .yamlSyntax(problem: "\(error)"))
        }
    }

    /// Counts nodes with aliases expanded, stopping as soon as the budget is spent.
    public static func fits(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar, .alias:
            return true
        case let .sequence(sequence):
            for item in sequence where !fits(item, budget: &budget) { return false }
            return true
        case let .mapping(mapping):
            for (key, value) in mapping where !fits(key, budget: &budget) || !fits(value, budget: &budget) {
                return false
            }
            return true
        }
    }

    /// The design error for a YAML error in `text`; `lineOffset` places `text` inside a larger stream
    /// (every line the error names, its own and a duplicate key's first one, is moved by it).
    public static func yamlError(_ error: YamlError, text: String, file: String, lineOffset: Int = 0) -> DesignError {
        var shifted = yamlError(error, text: text, file: file)
        shifted.location.line += lineOffset
        if case let .duplicateKey(key, line) = shifted.problem {
            shifted.problem = .duplicateKey(key: key, firstLine: line + lineOffset)
        }
        return shifted
    }

    static func yamlError(_ error: YamlError, text: String, file: String) -> DesignError {
        func at(_ mark: Mark, _ problem: DesignProblem) -> DesignError {
            DesignError(file: file, location: SourceLocation(line: mark.line, column: mark.column), problem: problem)
        }
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            // libyaml's own words name its C function; say what the limit is instead
            if problem.hasPrefix("Maximum nesting level reached") { return at(mark, .tooDeep(limit: maxNesting)) }
            return at(mark, .yamlSyntax(problem: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let first = SourceLocation(line: context.mark.line, column: context.mark.column)
            return DesignError(file: file, location: secondOccurrence(of: key, after: first, in: text) ?? first,
                               problem: .duplicateKey(key: NodeReader.clip(key), firstLine: first.line))
        case let .reader(problem, offset, _, _):
            return DesignError(file: file, location: location(ofByte: offset ?? 0, in: text),
                               problem: .yamlSyntax(problem: problem))
        default:
            return DesignError(file: file, location: .start, problem: .yamlSyntax(problem: "\(error)"))
        }
    }

    /// Where a key written twice is written again: the next line that has it at the same column,
    /// or later on the same line in flow style.
    static func secondOccurrence(of key: String, after first: SourceLocation, in text: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let pattern = Array((key + ":").unicodeScalars)
        func hasKey(_ line: [Unicode.Scalar], at index: Int) -> Bool {
            index >= 0 && index + pattern.count <= line.count && Array(line[index..<index + pattern.count]) == pattern
        }
        guard first.line - 1 < lines.count else { return nil }
        let sameLine = lines[first.line - 1]
        var index = first.column - 1 + pattern.count
        while index < sameLine.count {
            if hasKey(sameLine, at: index), index == 0 || " {,".unicodeScalars.contains(sameLine[index - 1]) {
                return SourceLocation(line: first.line, column: index + 1)
            }
            index += 1
        }
        for number in first.line..<lines.count where hasKey(lines[number], at: first.column - 1) {
            return SourceLocation(line: number + 1, column: first.column)
        }
        return nil
    }

    static func location(ofByte offset: Int, in text: String) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in text.utf8.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }
}
