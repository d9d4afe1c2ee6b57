import Foundation
import PodDesign
import PodModel
import PodText

/// Reads manifests from files, folders and standard input, a block at a time, one document at a time.
enum ManifestInput {
    /// The endings read inside folders.
    static let endings = ["yaml", "yml", "json"]

    /// The manifest files under a folder, recursively, in a stable order, and the paths below it that could not be
    /// read (a folder that cannot be listed, a manifest name whose link leads nowhere), each with its reason.
    /// Links to folders are not followed, so a link cannot make the walk go round.
    static func manifests(under folder: String, _ catalog: Catalog) -> (files: [String], unreadable: [(path: String, reason: String)]) {
        var files: [String] = []
        var unreadable: [(path: String, reason: String)] = []
        var folders = [folder]
        while let next = folders.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: next)
            } catch {
                unreadable.append((next, reason(error, catalog)))
                continue
            }
            for name in names {
                let path = (next as NSString).appendingPathComponent(name)
                let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                if exists, isDirectory.boolValue {
                    if !link { folders.append(path) }
                    continue
                }
                guard endings.contains((name as NSString).pathExtension.lowercased()) else { continue }
                if exists { files.append(path) } else { unreadable.append((path, catalog[.reasonNoSuchFile])) }
            }
        }
        return (files.sorted(), unreadable.sorted { $0.path < $1.path })
    }

    /// Why a file or folder could not be read, in the catalog's words.
    static func reason(_ error: Error, _ catalog: Catalog) -> String {
        switch (error as NSError).code {
        case CocoaError.fileReadNoSuchFile.rawValue, CocoaError.fileNoSuchFile.rawValue: catalog[.reasonNoSuchFile]
        default: catalog[.reasonPermissionDenied]
        }
    }

    /// Streams a file through the audit: blocks are cut at their last newline, so no character is split, and each
    /// document is audited and handed to `emit` as soon as it is complete. A line or a document past its cap
    /// (`DocumentSplitter.maxLineBytes`, `.maxDocumentBytes`) ends the reading of the file: it is reported as
    /// unreadable from there and the result is false.
    static func audit(_ handle: FileHandle, file: String, into report: inout AuditReport, _ catalog: Catalog,
                      emit: (inout AuditReport) -> Void) -> Bool {
        report.countFile()
        var splitter = DocumentSplitter()
        var carry = Data()
        while true {
            let block = handle.readData(ofLength: 1 << 16)
            if block.isEmpty { break }
            // Only the new block can hold the first newline since the last cut: look there, so a long line costs no rescans.
            let found = block.lastIndex(of: 0x0A)
            carry.append(block)
            guard let found else {
                guard carry.count <= DocumentSplitter.maxLineBytes else {
                    report.unreadable(file, reason: catalog[.reasonLineTooLong, [
                        "line": String(splitter.lineNumber + 1), "limit": String(DocumentSplitter.maxLineBytes),
                    ]], at: SourceLocation(line: splitter.lineNumber + 1, column: 1))
                    emit(&report)
                    return false
                }
                continue
            }
            let newline = carry.index(carry.endIndex, offsetBy: -(block.endIndex - found))
            let text = String(decoding: carry[carry.startIndex...newline], as: UTF8.self)
            carry = Data(carry[carry.index(after: newline)...])
            for chunk in splitter.feed(text) {
                report.audit(chunk, file: file)
                emit(&report)
            }
            guard splitter.documentBytes <= DocumentSplitter.maxDocumentBytes else {
                report.unreadable(file, reason: catalog[.reasonDocumentTooLarge, [
                    "line": String(splitter.documentLine), "limit": String(DocumentSplitter.maxDocumentBytes),
                ]], at: SourceLocation(line: splitter.documentLine, column: 1))
                emit(&report)
                return false
            }
        }
        var rest = splitter.feed(String(decoding: carry, as: UTF8.self))
        rest += splitter.finish()
        for chunk in rest {
            report.audit(chunk, file: file)
            emit(&report)
        }
        return true
    }
}
