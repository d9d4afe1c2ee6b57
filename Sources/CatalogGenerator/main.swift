import Foundation

// Writes TextKey.swift and Catalog+Tables.swift (for PodText) or QuizScenario+Files.swift (for PodDesign) at build time.
// Usage: CatalogGenerator <catalog folder> <quiz folder> <output folder> [catalog|quiz] (both when left out).
// Both folders are always read, so a quiz file naming a text the catalog lacks fails. A malformed file fails with one line.
let arguments = CommandLine.arguments
guard arguments.count == 4 || arguments.count == 5 && ["catalog", "quiz"].contains(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: CatalogGenerator <catalog folder> <quiz folder> <output folder> [catalog|quiz]\n".utf8))
    exit(2)
}
let output = URL(fileURLWithPath: arguments[3])
let part = arguments.count == 5 ? arguments[4] : nil
do {
    let catalog = try CatalogTables(folder: URL(fileURLWithPath: arguments[1]))
    let quiz = try SourceFile.yamlFiles(in: URL(fileURLWithPath: arguments[2])).map { try QuizFile(file: $0, catalog: catalog) }
    if part != "quiz" {
        try SourceFile.write(SwiftSource.textKey(catalog), to: output.appendingPathComponent("TextKey.swift"))
        try SourceFile.write(SwiftSource.tables(catalog), to: output.appendingPathComponent("Catalog+Tables.swift"))
    }
    if part != "catalog" {
        try SourceFile.write(SwiftSource.quiz(quiz), to: output.appendingPathComponent("QuizScenario+Files.swift"))
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
