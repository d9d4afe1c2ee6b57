import Foundation

/// Reading the input files and writing the generated Swift files.
enum SourceFile {
    /// The files of a folder whose names end with `.yaml`, sorted by name.
    static func yamlFiles(in folder: URL) throws -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw GeneratorError(folder, "cannot list the folder")
        }
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// A file's text, which must be UTF-8.
    static func text(of file: URL) throws -> String {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw GeneratorError(file, "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GeneratorError(file, "is not UTF-8")
        }
        return text
    }

    /// Writes a generated file (the build system compares it by date, so it is always written).
    static func write(_ text: String, to file: URL) throws {
        do {
            try Data(text.utf8).write(to: file)
        } catch {
            throw GeneratorError(file, "cannot write the generated file: \(error)")
        }
    }

    /// A Swift string literal for a text.
    static func literal(_ text: String) -> String {
        var out = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(character)
            }
        }
        return out + "\""
    }
}
