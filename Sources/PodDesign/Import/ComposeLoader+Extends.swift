import PodModel
import Yams

extension ComposeLoader {
    /// A service of the file at `index` with its `extends` followed (`extends: base`, `extends: {service: base}`,
    /// or `{service: base, file: other.yaml}` read beside the file that names it): the base merged under it, as
    /// Compose merges. A base that cannot be found is a note, and only the fields written are read. Nil when the
    /// file has no such service.
    mutating func extended(_ name: String, in index: Int, chain: [String]) throws(DesignError) -> Node? {
        let id = "\(index)#\(name)"
        if let done = resolved[id] { return done }
        guard let node = fileServices[index]?[name] else { return nil }
        guard let spec = node["extends"] else {
            resolved[id] = node
            return node
        }
        let key = node.key("extends")
        let file = sources.files[index].name
        guard !chain.contains(id) else {
            let names = (chain + [id]).map { $0.split(separator: "#", maxSplits: 1).last.map(String.init) ?? $0 }
            throw DesignError(file: file, location: location(key?.mark), field: .compose("services.\(name).extends"),
                              problem: .extendsCycle(chain: names.joined(separator: " -> ")))
        }
        let own = node.setting("extends", nil)
        guard let base = spec.string ?? spec["service"]?.string else { return own }
        var inherited: Node?
        if let other = spec["file"]?.string {
            let path = Self.join(Self.directory(of: file), other)
            if let otherIndex = try extendedFile(path) {
                inherited = try extended(base, in: otherIndex, chain: chain + [id])
                if inherited == nil {
                    notes.append(ImportNote(location: location(key?.mark), text: text[.importNoteExtendsUnknown, [
                        "service": name, "base": base, "file": path,
                    ]]))
                }
            } else {
                notes.append(ImportNote(location: location(key?.mark), text: text[.importNoteExtendsMissingFile, [
                    "service": name, "base": base, "path": path,
                ]]))
            }
        } else {
            inherited = try extended(base, in: index, chain: chain + [id])
            if inherited == nil {
                notes.append(ImportNote(location: location(key?.mark), text: text[.importNoteExtendsUnknown, [
                    "service": name, "base": base, "file": file,
                ]]))
            }
        }
        let result = inherited.map { ComposeMerge.merge($0, own) } ?? own
        resolved[id] = result
        return result
    }

    /// The index in `sources` of a file named by `extends`, read once; nil when it is missing, cannot be read or
    /// is not a Compose file. Its own relative paths are relative to its folder.
    mutating func extendedFile(_ path: String) throws(DesignError) -> Int? {
        if let known = extendedFiles[path] { return known }
        guard let data = environment.readFile(path), let content = String(data: data, encoding: .utf8) else {
            extendedFiles[path] = .some(nil)
            return nil
        }
        let index = sources.add(path, text: content)
        guard let (_, services) = try services(of: index, directory: Self.directory(of: path)) else {
            extendedFiles[path] = .some(nil)
            return nil
        }
        fileServices[index] = Self.byName(services)
        extendedFiles[path] = index
        return index
    }
}
