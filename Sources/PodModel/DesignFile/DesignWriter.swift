/// Writes a design as a design file (format 1) through the schema's tables, the inverse of `DesignParser`:
/// answers that were assumed stay out, so they read back as assumed; each answer's note is its line's comment.
public enum DesignWriter {
    /// The design file text, with comment lines above it.
    public static func yaml(_ design: Design, comments: [String] = []) -> String {
        YAMLWriter.write([YAMLDocument(comments: comments, root: .mapping(DesignSchema.design.entries(design)))])
    }
}
