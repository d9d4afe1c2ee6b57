import Foundation
import PodText

/// Where `recommend --output-dir DIR` writes each design's manifest, checked before any design is read: the folder,
/// and in it one file (or kustomize folder) per design, named after the design file.
struct ManifestFolder {
    /// A design and the output it is written to.
    struct Entry {
        var source: DesignSource
        var output: OutputOptions
    }

    var entries: [Entry]

    /// Refuses, before any work is done: -o beside --output-dir, standard input, an empty path or one that holds
    /// something other than a folder, two designs whose manifests would have one name, and an output already there
    /// without --force (as -o does). Makes the folder when it is missing.
    init(files: [String], folder: String, format: ManifestFormat, output: OutputOptions, catalog: Catalog) throws {
        guard output.output == nil else { throw Failure.badInput(catalog[.errorOutputDirWithOutput]) }
        guard !folder.isEmpty else { throw Failure.badInput(catalog[.errorOutputDirEmpty]) }
        guard !files.contains("-") else { throw Failure.badInput(catalog[.errorOutputDirStdin]) }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory)
        guard !exists || isDirectory.boolValue else { throw Failure.badInput("\(folder): " + catalog[.errorOutputDirNotFolder]) }
        var firstFile: [String: String] = [:]
        entries = []
        for file in files {
            let path = (folder as NSString).appendingPathComponent(Self.manifestName(of: file, format: format))
            if let first = firstFile[path] {
                throw Failure.badInput(catalog[.errorOutputDirSameName, ["first": first, "second": file, "path": path]])
            }
            firstFile[path] = file
            var each = output
            each.output = path
            if format == .kustomize { _ = try each.checkFolder(catalog) } else { try each.check(catalog) }
            entries.append(Entry(source: DesignSource(file: file), output: each))
        }
        guard !exists else { return }
        if let reason = Self.makeFolder(folder) {
            throw Failure.badInput("\(folder): " + catalog[.errorCannotWriteFolder, ["reason": reason]])
        }
    }

    /// Makes the folder and those above it that are missing (`mkdir -p`); the reason when it cannot.
    static func makeFolder(_ folder: String) -> String? {
        var path = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o777) != 0, errno != EEXIST { return String(cString: strerror(errno)) }
        }
        return nil
    }

    /// The design file's name without `.yaml` or `.yml`, with `.yaml` for a YAML stream (a kustomize folder has none).
    static func manifestName(of file: String, format: ManifestFormat) -> String {
        let name = (file as NSString).lastPathComponent
        let lowered = name.lowercased()
        var stem = [".yaml", ".yml"].first(where: lowered.hasSuffix).map { String(name.dropLast($0.count)) } ?? name
        if stem.isEmpty { stem = name }
        return format == .kustomize ? stem : stem + ".yaml"
    }
}
