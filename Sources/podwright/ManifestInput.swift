import Foundation
import PodDesign

/// Reads manifests from files, folders and standard input, a block at a time, one document at a time.
enum ManifestInput {
    /// The endings read inside folders.
    static let endings = ["yaml", "yml", "json"]

    /// The manifest files under a folder, recursively, in a stable order.
    static func manifests(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let ending = (relative as NSString).pathExtension.lowercased()
            guard endings.contains(ending) else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// Streams a file through the audit: blocks are cut at their last newline, so no character is split,
    /// and each document is audited and dropped as soon as it is complete.
    static func audit(_ handle: FileHandle, file: String, into report: inout AuditReport) {
        report.countFile()
        var splitter = DocumentSplitter()
        var carry = Data()
        while true {
            let block = handle.readData(ofLength: 1 << 16)
            if block.isEmpty { break }
            // Only the new block can hold the first newline since the last cut: look there, so a long line costs no rescans.
            let found = block.lastIndex(of: 0x0A)
            carry.append(block)
            guard let found else { continue }
            let newline = carry.index(carry.endIndex, offsetBy: -(block.endIndex - found))
            let text = String(decoding: carry[carry.startIndex...newline], as: UTF8.self)
            carry = Data(carry[carry.index(after: newline)...])
            for chunk in splitter.feed(text) { report.audit(chunk, file: file) }
        }
        var rest = splitter.feed(String(decoding: carry, as: UTF8.self))
        rest += splitter.finish()
        for chunk in rest { report.audit(chunk, file: file) }
    }
}
