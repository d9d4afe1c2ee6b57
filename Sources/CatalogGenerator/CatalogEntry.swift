import Foundation

/// One text of the catalog: its key, its text, and where it is written.
struct CatalogEntry {
    /// The dotted key, as in the file (`audit.rule.conflict.port`).
    let key: String
    /// The text, exactly as the YAML reads.
    let text: String
    /// The file it is in.
    let file: URL
    /// Its line in that file (1-based).
    let line: Int
}
