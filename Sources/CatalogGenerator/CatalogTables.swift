import Foundation

/// The catalog of every language, merged from `<lang>.yaml` and `<topic>.<lang>.yaml` and checked:
/// a key is in one file of a language, and every language has the same keys.
struct CatalogTables {
    /// A language of the catalog: its file code and the name of its Swift table.
    struct Language {
        let code: String
        let name: String
    }

    static let languages = [Language(code: "en", name: "english"), Language(code: "ko", name: "korean")]

    /// Every key, sorted.
    let keys: [String]
    /// The entries of each language (in `languages` order), by key.
    let tables: [[String: CatalogEntry]]

    /// Reads and checks the catalog folder; the first problem throws a `GeneratorError` naming its file and line.
    init(folder: URL) throws {
        let files = try SourceFile.yamlFiles(in: folder)
        var tables: [[String: CatalogEntry]] = []
        for language in Self.languages {
            var table: [String: CatalogEntry] = [:]
            for file in files where Self.language(of: file) == language.code {
                for entry in try CatalogFile.entries(of: file) {
                    if let first = table[entry.key] {
                        throw GeneratorError(file, line: entry.line, "the key '\(entry.key)' is already in \(first.file.lastPathComponent):\(first.line)")
                    }
                    table[entry.key] = entry
                }
            }
            tables.append(table)
        }
        for (index, language) in Self.languages.enumerated() {
            for other in tables.indices where other != index {
                let missing = tables[index].values.filter { tables[other][$0.key] == nil }.sorted { $0.key < $1.key }
                if let entry = missing.first {
                    let more = missing.count > 1 ? " (and \(missing.count - 1) more)" : ""
                    throw GeneratorError(entry.file, line: entry.line, "the key '\(entry.key)' is in \(language.code) but not in \(Self.languages[other].code)\(more)")
                }
            }
        }
        var cases: [String: String] = [:]
        for key in tables[0].keys.sorted() {
            if let other = cases[Self.caseName(key)], let entry = tables[0][key] {
                throw GeneratorError(entry.file, line: entry.line, "the keys '\(other)' and '\(key)' give the same Swift name \(Self.caseName(key))")
            }
            cases[Self.caseName(key)] = key
        }
        self.keys = tables[0].keys.sorted()
        self.tables = tables
    }

    /// The language code of a catalog file (`en.yaml`, `quiz.en.yaml`: `en`).
    static func language(of file: URL) -> String {
        String(file.deletingPathExtension().lastPathComponent.split(separator: ".").last ?? "")
    }

    /// The Swift case name of a key: its words split at `.`, `-` and `_`, joined in camelCase.
    static func caseName(_ key: String) -> String {
        let words = key.split(omittingEmptySubsequences: false) { ".-_".contains($0) }
        return words.enumerated().map { index, word in
            index == 0 ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined()
    }
}
