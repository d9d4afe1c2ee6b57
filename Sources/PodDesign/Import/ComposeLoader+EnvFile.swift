import Foundation
import PodModel
import Yams

extension ComposeLoader {
    /// Reads `.env` beside the first file, if there is one (a line that is not `NAME=value` is a note).
    mutating func readDotEnv() throws(DesignError) {
        guard let data = environment.readFile(dotenvPath), let content = String(data: data, encoding: .utf8) else { return }
        let index = sources.add(dotenvPath, text: content)
        for (name, value, _) in try variables(of: index) { dotenv[name] = value }
    }

    /// The variables an env file sets, in order, each with the line it is on: values interpolated from the
    /// environment, then `.env`, then the lines above (the environment wins, as everywhere in Compose); a bare
    /// `NAME` sets nothing. Lines that set nothing Compose reads are notes.
    mutating func variables(of index: Int) throws(DesignError) -> [(name: String, value: String, line: Int)] {
        let file = sources.files[index]
        let (entries, bad) = DotEnv.parse(file.text)
        for line in bad {
            notes.append(ImportNote(location: SourceLocation(line: file.offset + line, column: 1), text: text[.importNoteEnvLine, [
                "path": file.name, "line": NodeReader.clip(String(file.lines[line - 1])),
            ]]))
        }
        var out: [(name: String, value: String, line: Int)] = []
        var own: [String: String] = [:]
        let outer = lookup
        for entry in entries {
            guard var value = entry.value else { continue }
            if entry.interpolated {
                let mine = own
                value = try substitute(value, at: SourceLocation(line: file.offset + entry.line, column: entry.valueColumn),
                                       field: entry.name, lookup: { outer($0) ?? mine[$0] })
            }
            own[entry.name] = value
            out.append((entry.name, value, entry.line))
        }
        return out
    }

    /// The variables of an env file, each with a mark at its line; nil when it is missing or cannot be read.
    /// A file named by several services is read, and its notes given, once.
    mutating func envFile(_ path: String) throws(DesignError) -> [(name: String, value: String, mark: Mark?)]? {
        if let known = envFiles[path] { return known }
        guard let data = environment.readFile(path), let content = String(data: data, encoding: .utf8) else {
            envFiles[path] = .some(nil)
            return nil
        }
        let index = sources.add(path, text: content)
        let variables = try variables(of: index)
        let marks = sources.marks(index, lines: variables.map(\.line))
        let read = variables.map { ($0.name, $0.value, marks[$0.line]) }
        envFiles[path] = read
        return read
    }

    /// `env_file` relative to `directory`: each path as the working directory sees it.
    static func withEnvFilePaths(_ node: Node, from directory: String) -> Node {
        guard let spec = node["env_file"] else { return node }
        func rebased(_ item: Node) -> Node {
            if let path = item.string { return .text(join(directory, path), at: item.mark) }
            guard let path = item["path"] else { return item }
            return item.setting("path", .text(join(directory, path.string ?? ""), at: path.mark))
        }
        let items: Node = if case .sequence = spec { spec.withItems(spec.items.map(rebased)) } else { rebased(spec) }
        return node.setting("env_file", items)
    }

    /// The service with its `env_file` read into `environment`: the files' variables first, in order, then
    /// `environment` over them, as Compose does (a bare `NAME` there keeps the file's value). A required file
    /// that is missing is a note; `required: false` lets it be missing silently, as in Compose.
    mutating func withEnvFiles(_ service: String, _ node: Node) throws(DesignError) -> Node {
        guard let spec = node["env_file"] else { return node }
        var pairs: [(Node, Node)] = []
        func set(_ name: Node, _ value: Node) {
            if let index = pairs.firstIndex(where: { $0.0.string == name.string }) { pairs[index].1 = value } else { pairs.append((name, value)) }
        }
        for item in spec.sequence.map(Array.init) ?? [spec] {
            guard let path = item.string ?? item["path"]?.string else { continue }
            let required = !["false", "False", "no"].contains(item["required"]?.string ?? "true")
            guard let variables = try envFile(path) else {
                if required {
                    notes.append(ImportNote(location: location(item.mark), text: text[.importNoteEnvFileMissing, ["service": service, "path": path]]))
                }
                continue
            }
            for (name, value, mark) in variables { set(.text(name, at: mark ?? item.mark), .text(value, at: mark ?? item.mark)) }
        }
        for (name, value) in node["environment"].map(ComposeMerge.entries) ?? [] where !(NodeReader.found(value) == .nothing && pairs.contains { $0.0.string == name.string }) {
            set(name, value)
        }
        let environment = Node.mapping(Node.Mapping(pairs, Tag(.map), .block, node["environment"]?.mark ?? spec.mark))
        return node.setting("env_file", nil).setting("environment", environment, keyMark: node.key("env_file")?.mark)
    }
}
