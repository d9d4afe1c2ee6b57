import Foundation

// Writes TextKey.swift, Catalog+Tables.swift, QuizScenario+Files.swift and ImageCatalogue+Entries.swift for PodDesign
// at build time. Usage: CatalogGenerator <catalog folder> <quiz folder> <images file> <output folder>.
// A malformed file fails with one line.
let arguments = CommandLine.arguments
guard arguments.count == 5 else {
    FileHandle.standardError.write(Data("usage: CatalogGenerator <catalog folder> <quiz folder> <images file> <output folder>\n".utf8))
    exit(2)
}
let output = URL(fileURLWithPath: arguments[4])
do {
    let catalog = try CatalogTables(folder: URL(fileURLWithPath: arguments[1]))
    let quiz = try SourceFile.yamlFiles(in: URL(fileURLWithPath: arguments[2])).map { try QuizFile(file: $0, catalog: catalog) }
    let images = try ImageFile(file: URL(fileURLWithPath: arguments[3]))
    try SourceFile.write(SwiftSource.textKey(catalog), to: output.appendingPathComponent("TextKey.swift"))
    try SourceFile.write(SwiftSource.tables(catalog), to: output.appendingPathComponent("Catalog+Tables.swift"))
    try SourceFile.write(SwiftSource.quiz(quiz), to: output.appendingPathComponent("QuizScenario+Files.swift"))
    try SourceFile.write(SwiftSource.images(images), to: output.appendingPathComponent("ImageCatalogue+Entries.swift"))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
