import Foundation
import PodEngine
import PodText

extension OutputOptions {
    /// The folder `--format kustomize` writes, named by -o; refuses, before any work is done, no -o, a path that
    /// holds something other than a folder, and a folder with something in it unless --force.
    func checkFolder(_ catalog: Catalog) throws -> String {
        guard let output else { throw Failure.badInput(catalog[.errorFolderNeeded]) }
        guard !output.isEmpty else { throw Failure.badInput(catalog[.errorEmptyOutputPath]) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return output }
        guard isDirectory.boolValue else { throw Failure.badInput("\(output): " + catalog[.errorNotFolder]) }
        guard !force else { return output }
        let entries: [String]
        do throws(AtomicFolder.Problem) {
            entries = try AtomicFolder.entries(output)
        } catch {
            throw Failure.badInput("\(output): " + catalog[.errorCannotReadFolder, ["reason": error.reason]])
        }
        guard entries.isEmpty else { throw Failure.badInput("\(output): " + catalog[.errorFolderNotEmpty]) }
        return output
    }

    /// Writes the files into the folder named by -o: a new folder whole or not at all, or into a folder that is
    /// already there (empty, or with --force) replacing only files of the same names.
    func writeFolder(_ files: [ManifestFile], _ catalog: Catalog) throws {
        let folder = try checkFolder(catalog)
        var isDirectory: ObjCBool = false
        do throws(AtomicFolder.Problem) {
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
                try AtomicFolder.replace(in: folder, files: files)
            } else {
                try AtomicFolder.create(folder, files: files)
            }
        } catch {
            let message = error.file.map { catalog[.errorCannotWriteInFolder, ["file": $0, "reason": error.reason]] }
                ?? catalog[.errorCannotWriteFolder, ["reason": error.reason]]
            throw Failure.badInput("\(folder): " + message)
        }
    }
}
