import Foundation
import PackagePlugin

/// Generates PodDesign's catalog tables and embedded quiz scenarios from Resources/catalog and Resources/quiz
/// at build time, so the binary carries its own texts without a resource bundle.
@main
struct CatalogPlugin: BuildToolPlugin {
    /// One command: every catalog and quiz YAML in, the three Swift files out; editing a YAML reruns it.
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let resources = context.package.directoryURL.appendingPathComponent("Resources")
        let catalog = resources.appendingPathComponent("catalog")
        let quiz = resources.appendingPathComponent("quiz")
        let output = context.pluginWorkDirectoryURL
        return [
            .buildCommand(
                displayName: "Generating the catalog tables and quiz scenarios from Resources",
                executable: try context.tool(named: "CatalogGenerator").url,
                arguments: [catalog.path, quiz.path, output.path],
                inputFiles: try yamlFiles(in: catalog) + yamlFiles(in: quiz),
                outputFiles: ["TextKey.swift", "Catalog+Tables.swift", "QuizScenario+Files.swift"].map {
                    output.appendingPathComponent($0)
                }
            ),
        ]
    }

    /// The YAML files of a folder, sorted.
    private func yamlFiles(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }
}
