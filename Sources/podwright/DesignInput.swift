import ArgumentParser

/// The design file a command reads: a path, or `-` for standard input.
struct DesignInput: ParsableArguments {
    @Argument(help: ArgumentHelp("The design file (format 1); - reads standard input.", valueName: "FILE"),
              completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    /// The file as a source to read and decide.
    var source: DesignSource { DesignSource(file: file) }
}
