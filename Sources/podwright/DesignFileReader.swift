import Foundation
import PodDesign
import PodModel
import PodText

/// Reads a design file's bytes (at most one byte past the limit, so an oversized file is caught),
/// refusing folders and missing or unreadable files with the catalog's reason.
enum DesignFileReader {
    /// The bytes of the file (at most `limit` + 1), or the reason it cannot be read.
    static func read(_ path: String, _ catalog: Catalog, limit: Int = DesignParser.maxBytes) -> Result<Data, ReadFailure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(ReadFailure(reason: catalog[.reasonNoSuchFile]))
        }
        if isDirectory.boolValue { return .failure(ReadFailure(reason: catalog[.reasonIsDirectory])) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(ReadFailure(reason: catalog[.reasonPermissionDenied]))
        }
        defer { try? handle.close() }
        return .success(handle.readData(ofLength: limit + 1))
    }

    /// The bytes of a command's input file, `-` meaning standard input; an unreadable file is a one-line `Failure`.
    static func input(_ file: String, _ catalog: Catalog, limit: Int = DesignParser.maxBytes) throws -> Data {
        if file == "-" { return FileHandle.standardInput.readData(ofLength: limit + 1) }
        switch read(file, catalog, limit: limit) {
        case let .success(data): return data
        case let .failure(failure):
            throw Failure.badInput("\(file): " + catalog[.errorUnreadable, ["reason": failure.reason]])
        }
    }

    /// Why a file could not be read, in the user's language.
    struct ReadFailure: Error {
        var reason: String
    }
}
