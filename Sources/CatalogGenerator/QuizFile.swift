import Foundation

/// One quiz scenario's design file, embedded as it is; the catalog must have its title and story.
struct QuizFile {
    /// The file name without `.yaml`.
    let id: String
    /// The whole file.
    let text: String

    /// Reads a scenario and checks it can be embedded as a raw string literal and has its texts in the catalog.
    init(file: URL, catalog: CatalogTables) throws {
        id = file.deletingPathExtension().lastPathComponent
        text = try SourceFile.text(of: file)
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
        guard id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }), !id.isEmpty else {
            throw GeneratorError(file, "a scenario's file name must be lowercase letters, digits and '-'")
        }
        guard text.unicodeScalars.last == "\n" else {
            throw GeneratorError(file, line: lines.count, "must end with a newline")
        }
        for (index, line) in lines.enumerated() {
            let problem = line.unicodeScalars.contains("\r") ? "a carriage return"
                : line.contains("\"\"\"#") ? "'\"\"\"#'"
                : line.contains("\\#") ? "'\\#'" : nil
            if let problem {
                throw GeneratorError(file, line: index + 1, "must not contain \(problem) (the file is embedded as a raw string literal)")
            }
        }
        for key in [titleKey, storyKey] where !catalog.keys.contains(key) {
            throw GeneratorError(file, "the catalog has no text '\(key)' (add it to quiz.en.yaml and quiz.ko.yaml)")
        }
    }

    /// The catalog key of the scenario's title.
    var titleKey: String { "quiz.scenario.\(id).title" }

    /// The catalog key of the scenario's story.
    var storyKey: String { "quiz.scenario.\(id).story" }
}
