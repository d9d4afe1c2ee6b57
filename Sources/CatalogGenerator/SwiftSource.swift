/// The generated Swift files, built line by line.
enum SwiftSource {
    static let catalogHeader = "// Generated at build time by CatalogGenerator (Plugins/CatalogPlugin) from Resources/catalog/*.yaml. Do not edit.\n"
    static let quizHeader = "// Generated at build time by CatalogGenerator (Plugins/CatalogPlugin) from Resources/quiz/*.yaml. Do not edit.\n"

    /// `TextKey.swift`: one case per key, in key order.
    static func textKey(_ catalog: CatalogTables) -> String {
        var lines = [catalogHeader, "/// The key of every text shown to users; the catalog has each in every language.",
                     "public enum TextKey: String, CaseIterable, Sendable {"]
        lines += catalog.keys.map { "    case \(CatalogTables.caseName($0)) = \(SourceFile.literal($0))" }
        lines.append("}\n")
        return lines.joined(separator: "\n")
    }

    /// `Catalog+Tables.swift`: the text of every key in each language.
    static func tables(_ catalog: CatalogTables) -> String {
        var lines = [catalogHeader, "extension Catalog {"]
        for (language, table) in zip(CatalogTables.languages, catalog.tables) {
            lines.append("    /// The \(language.name.prefix(1).uppercased() + language.name.dropFirst()) texts.")
            lines.append("    static let \(language.name): [TextKey: String] = [")
            lines += catalog.keys.map { "        .\(CatalogTables.caseName($0)): \(SourceFile.literal(table[$0]?.text ?? ""))," }
            lines.append("    ]")
        }
        lines.append("}\n")
        return lines.joined(separator: "\n")
    }

    /// `QuizScenario+Files.swift`: every scenario's design file as a raw string literal, with its texts' keys.
    static func quiz(_ files: [QuizFile]) -> String {
        var lines = [quizHeader, "import PodText", "", "extension QuizScenario {",
                     "    /// The text of every scenario's design file and the keys of its title and story, by id, in id order.",
                     "    static let files: [(id: String, text: String, title: TextKey, story: TextKey)] = ["]
        for file in files {
            lines.append("        (\(SourceFile.literal(file.id)), #\"\"\"")
            lines.append(file.text + "\n\"\"\"#, .\(CatalogTables.caseName(file.titleKey)), .\(CatalogTables.caseName(file.storyKey))),")
        }
        lines.append("    ]")
        lines.append("}\n")
        return lines.joined(separator: "\n")
    }
}
