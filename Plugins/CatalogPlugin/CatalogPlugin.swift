import Foundation
import PackagePlugin

/// Generates PodDesign's catalog tables, embedded quiz scenarios and image catalogue from Resources/catalog,
/// Resources/quiz and Resources/images.yaml at build time, so the binary carries its own data without a resource bundle.
@main
struct CatalogPlugin: BuildToolPlugin {
    /// One command: every catalog and quiz YAML and the image catalogue in, the four Swift files out; editing a YAML reruns it.
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let resources = context.package.directoryURL.appendingPathComponent("Resources")
        let catalog = resources.appendingPathComponent("catalog")
        let quiz = resources.appendingPathComponent("quiz")
        let images = resources.appendingPathComponent("images.yaml")
        let output = context.pluginWorkDirectoryURL
        return [
            .buildCommand(
                displayName: "Generating the catalog tables, quiz scenarios and image catalogue from Resources",
                executable: try context.tool(named: "CatalogGenerator").url,
                arguments: [catalog.path, quiz.path, images.path, output.path],
                inputFiles: try yamlFiles(in: catalog) + yamlFiles(in: quiz) + [images],
                outputFiles: ["TextKey.swift", "Catalog+Tables.swift", "QuizScenario+Files.swift", "ImageCatalogue+Entries.swift"].map {
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
