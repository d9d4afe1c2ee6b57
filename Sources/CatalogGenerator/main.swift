import Foundation

// Writes each core target's generated Swift at build time: TextKey.swift and Catalog+Tables.swift (part `catalog`,
// for PodText), ImageCatalogue+Entries.swift (`images`, for PodModel), QuizScenario+Files.swift (`quiz`, for PodDesign).
// Usage: CatalogGenerator <catalog folder> <quiz folder> <images file> <output folder> [catalog|images|quiz] (all when
// left out). Every input is always read, so a quiz file naming a text the catalog lacks fails. A malformed file fails
// with one line.
let arguments = CommandLine.arguments
let parts = ["catalog", "images", "quiz"]
guard arguments.count == 5 || arguments.count == 6 && parts.contains(arguments[5]) else {
    FileHandle.standardError.write(Data("usage: CatalogGenerator <catalog folder> <quiz folder> <images file> <output folder> [catalog|images|quiz]\n".utf8))
    exit(2)
}
let output = URL(fileURLWithPath: arguments[4])
let wanted = arguments.count == 6 ? [arguments[5]] : parts
do {
    let catalog = try CatalogTables(folder: URL(fileURLWithPath: arguments[1]))
    let quiz = try SourceFile.yamlFiles(in: URL(fileURLWithPath: arguments[2])).map { try QuizFile(file: $0, catalog: catalog) }
    let images = try ImageFile(file: URL(fileURLWithPath: arguments[3]))
    if wanted.contains("catalog") {
        try SourceFile.write(SwiftSource.textKey(catalog), to: output.appendingPathComponent("TextKey.swift"))
        try SourceFile.write(SwiftSource.tables(catalog), to: output.appendingPathComponent("Catalog+Tables.swift"))
    }
    if wanted.contains("images") {
        try SourceFile.write(SwiftSource.images(images), to: output.appendingPathComponent("ImageCatalogue+Entries.swift"))
    }
    if wanted.contains("quiz") {
        try SourceFile.write(SwiftSource.quiz(quiz), to: output.appendingPathComponent("QuizScenario+Files.swift"))
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
