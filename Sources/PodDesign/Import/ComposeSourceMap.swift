import PodModel
import Yams

/// Every text `import` reads, numbered one after another: file k is parsed after as many empty lines as the files
/// before it have, so the marks of its YAML nodes are lines of one numbering, which says the file and its line.
/// Nodes of several files can then be merged (overrides, `extends`) and still be placed exactly.
struct ComposeSourceMap: Sendable {
    private(set) var files: [ComposeSourceFile] = []

    /// Adds a text after the others; returns its index.
    mutating func add(_ name: String, text: String) -> Int {
        let offset = files.last.map { $0.offset + $0.lines.count } ?? 0
        files.append(ComposeSourceFile(name: name, offset: offset, text: text))
        return files.count - 1
    }

    /// The index of the file a location of the numbering is in (the first file for one before every file).
    func index(of location: SourceLocation) -> Int {
        var low = 0, high = files.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if files[middle].offset < location.line { low = middle } else { high = middle - 1 }
        }
        return max(low, 0)
    }

    /// The file and the location in it of a location of the numbering.
    func resolve(_ location: SourceLocation) -> (file: String, location: SourceLocation) {
        guard !files.isEmpty else { return ("", location) }
        let file = files[index(of: location)]
        return (file.name, SourceLocation(line: max(location.line - file.offset, 1), column: location.column))
    }

    /// `file:line`, as an inferred answer's reason names where it comes from.
    func place(_ location: SourceLocation) -> String {
        let (file, local) = resolve(location)
        return "\(file):\(local.line)"
    }

    /// The first line of a file, in the numbering.
    func start(of index: Int) -> SourceLocation { SourceLocation(line: files[index].offset + 1, column: 1) }

    /// A note placed in its file.
    func note(_ location: SourceLocation, _ text: String) -> ImportNote {
        let (file, local) = resolve(location)
        return ImportNote(file: file, location: local, text: text)
    }

    /// The error with its file and location made those of the file it is in.
    func resolve(_ error: DesignError) -> DesignError {
        var error = error
        let index = index(of: error.location)
        (error.file, error.location) = resolve(error.location)
        if case let .duplicateKey(key, line) = error.problem {
            error.problem = .duplicateKey(key: key, firstLine: max(line - files[index].offset, 1))
        }
        return error
    }

    /// The YAML of a file, its marks in the numbering; nil for a file with no document.
    func parse(_ index: Int) throws(DesignError) -> Node? {
        let file = files[index]
        let text = String(repeating: "\n", count: file.offset) + file.text
        do {
            return try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw DesignParser.yamlError(error, text: text, file: file.name)
        } catch {
            throw DesignError(file: file.name, location: start(of: index), problem: .yamlSyntax(problem: "\(error)"))
        }
    }

    /// Where the `occurrence`-th (from 0) copy of `needle` is written at or after a location: how a variable
    /// inside a scalar is placed on its own column. The location itself when it cannot be found.
    func locate(_ needle: String, occurrence: Int, from location: SourceLocation) -> SourceLocation {
        guard !files.isEmpty else { return location }
        let file = files[index(of: location)]
        let pattern = Array(needle.unicodeScalars)
        var line = location.line - file.offset
        var column = location.column
        var seen = 0
        let last = min(file.lines.count, line + 1000)
        while line >= 1, line <= last {
            let scalars = Array(file.lines[line - 1].unicodeScalars)
            var at = max(column - 1, 0)
            while at + pattern.count <= scalars.count {
                if scalars[at..<(at + pattern.count)].elementsEqual(pattern) {
                    if seen == occurrence { return SourceLocation(line: file.offset + line, column: at + 1) }
                    seen += 1
                    at += pattern.count
                } else {
                    at += 1
                }
            }
            line += 1
            column = 1
        }
        return location
    }

    /// YAML marks at the start of some lines of a file (an `env_file`), for the nodes made of them: a mark cannot
    /// be made but by the parser, so a mapping with one key on each of those lines is parsed.
    func marks(_ index: Int, lines: [Int]) -> [Int: Mark] {
        let file = files[index]
        var text = ""
        var next = 1
        for line in Set(lines).sorted() where line >= 1 {
            let target = file.offset + line
            text += String(repeating: "\n", count: target - next) + "k\(line): 0\n"
            next = target + 1
        }
        guard let node = try? Yams.compose(yaml: text, .basic), case let .mapping(mapping) = node else { return [:] }
        var marks: [Int: Mark] = [:]
        for key in mapping.keys {
            if let name = key.string, let line = Int(name.dropFirst()), let mark = key.mark { marks[line] = mark }
        }
        return marks
    }
}
