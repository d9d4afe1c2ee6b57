import Foundation
import PackagePlugin

/// Generates the catalog tables (for PodText) and the embedded quiz scenarios (for PodDesign) from Resources/catalog
/// and Resources/quiz at build time, so the binary carries its own texts without a resource bundle.
@main
struct CatalogPlugin: BuildToolPlugin {
    /// One command: every catalog and quiz YAML in (the quiz files are checked against the catalog), the target's
    /// Swift files out; editing a YAML reruns it.
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let resources = context.package.directoryURL.appendingPathComponent("Resources")
        let catalog = resources.appendingPathComponent("catalog")
        let quiz = resources.appendingPathComponent("quiz")
        let output = context.pluginWorkDirectoryURL
        let part = target.name == "PodText" ? "catalog" : "quiz"
        let files = part == "catalog" ? ["TextKey.swift", "Catalog+Tables.swift"] : ["QuizScenario+Files.swift"]
        return [
            .buildCommand(
                displayName: "Generating the \(part) of \(target.name) from Resources",
                executable: try context.tool(named: "CatalogGenerator").url,
                arguments: [catalog.path, quiz.path, output.path, part],
                inputFiles: try yamlFiles(in: catalog) + yamlFiles(in: quiz),
                outputFiles: files.map { output.appendingPathComponent($0) }
            ),
        ]
    }

    /// The YAML files of a folder, sorted.
    private func yamlFiles(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }
}
