import Foundation
import PackagePlugin

/// Generates each core target's data from Resources at build time, so the binary carries its own texts and tables
/// without a resource bundle: the catalog tables for PodText, the image catalogue for PodModel, the quiz scenarios
/// for PodDesign.
@main
struct CatalogPlugin: BuildToolPlugin {
    /// One command: every catalog and quiz YAML and the image catalogue in (each part is checked against the
    /// catalog), the target's Swift files out; editing a YAML reruns it.
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let resources = context.package.directoryURL.appendingPathComponent("Resources")
        let catalog = resources.appendingPathComponent("catalog")
        let quiz = resources.appendingPathComponent("quiz")
        let images = resources.appendingPathComponent("images.yaml")
        let output = context.pluginWorkDirectoryURL
        let (part, files): (String, [String]) = switch target.name {
        case "PodText": ("catalog", ["TextKey.swift", "Catalog+Tables.swift"])
        case "PodModel": ("images", ["ImageCatalogue+Entries.swift"])
        default: ("quiz", ["QuizScenario+Files.swift"])
        }
        return [
            .buildCommand(
                displayName: "Generating the \(part) of \(target.name) from Resources",
                executable: try context.tool(named: "CatalogGenerator").url,
                arguments: [catalog.path, quiz.path, images.path, output.path, part],
                inputFiles: try yamlFiles(in: catalog) + yamlFiles(in: quiz) + [images],
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
