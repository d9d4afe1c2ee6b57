/// The generated Swift files, built line by line.
enum SwiftSource {
    static let catalogHeader = "// Generated at build time by CatalogGenerator (Plugins/CatalogPlugin) from Resources/catalog/*.yaml. Do not edit.\n"
    static let imagesHeader = "// Generated at build time by CatalogGenerator (Plugins/CatalogPlugin) from Resources/images.yaml. Do not edit.\n"
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

    /// `ImageCatalogue+Entries.swift`: every entry of the image catalogue, in file order, and the helper words.
    static func images(_ file: ImageFile) -> String {
        var lines = [imagesHeader, "extension ImageCatalogue {",
                     "    /// Every entry of Resources/images.yaml, in file order.",
                     "    public static let entries: [ImageEntry] = ["]
        for entry in file.entries {
            let answers = entry.answers.map { ".\($0.question): [\($0.words.map(SourceFile.literal).joined(separator: ", "))]" }
            lines.append("        ImageEntry(")
            lines.append("            name: \(SourceFile.literal(entry.name)), match: [\(entry.match.map(SourceFile.literal).joined(separator: ", "))],")
            lines.append("            kind: .\(CatalogTables.caseName(entry.kind)), answers: [\(answers.isEmpty ? ":" : answers.joined(separator: ", "))],")
            lines.append("            dataPath: \(entry.dataPath.map(SourceFile.literal) ?? "nil"), dataEnv: \(entry.dataEnv.map(SourceFile.literal) ?? "nil"), "
                + "ports: [\(entry.ports.map(String.init).joined(separator: ", "))], portName: \(entry.portName.map(SourceFile.literal) ?? "nil"),")
            lines.append("            user: \(entry.user.map(String.init) ?? "nil"), root: \(entry.root), unprivileged: \(entry.unprivileged.map(SourceFile.literal) ?? "nil"), "
                + "writable: \(entry.writable.map { "[\($0.map(SourceFile.literal).joined(separator: ", "))]" } ?? "nil"), api: \(entry.api),")
            let env = entry.env.map { "EnvVariable(\(SourceFile.literal($0.name)), \(SourceFile.literal($0.value)))" }
            lines.append("            env: [\(env.joined(separator: ", "))],")
            lines.append("            probe: \(entry.probe ?? "nil"), startupProbe: \(entry.startupProbe ?? "nil"),")
            lines.append("            probeArgs: [\(entry.probeArgs.map(SourceFile.literal).joined(separator: ", "))], "
                + "args: [\(entry.args.map(SourceFile.literal).joined(separator: ", "))], line: \(entry.line)")
            lines.append("        ),")
        }
        lines.append("    ]")
        lines.append("")
        lines.append("    /// Words in a container's name or image that mark a helper, for images the catalogue does not know.")
        lines.append("    public static let helperWords: [String] = [\(file.helperWords.map(SourceFile.literal).joined(separator: ", "))]")
        lines.append("}\n")
        return lines.joined(separator: "\n")
    }
}
