import PodModel

/// A manifest laid out for kustomize: a file per document, named `<kind>-<name>.yaml`, and a `kustomization.yaml`
/// that lists them in the stream's order. Joining the documents' files with `---` lines gives back the stream.
public struct KustomizeLayout: Hashable, Sendable {
    /// The name kustomize looks for in a folder.
    public static let kustomizationName = "kustomization.yaml"

    /// A file per document, in the order of the stream, each with the document's own comments.
    public let documents: [ManifestFile]
    /// `kustomization.yaml`: the comment lines, then `resources:` naming the documents' files in order.
    public let kustomization: ManifestFile

    /// Every file of the folder: the documents', then `kustomization.yaml`.
    public var files: [ManifestFile] { documents + [kustomization] }

    /// Lays out the documents; refuses (rather than let one file overwrite another) when two would share a name.
    public init(_ documents: [YAMLDocument], comments: [String]) throws(KustomizeProblem) {
        var taken: Set<String> = [Self.kustomizationName]
        var files: [ManifestFile] = []
        for (index, document) in documents.enumerated() {
            guard let name = Self.fileName(document.root) else { throw .noFileName(document: index + 1) }
            guard taken.insert(name).inserted else { throw .sameFile(name) }
            files.append(ManifestFile(name: name, text: YAMLWriter.write([document])))
        }
        let root = YAMLNode.mapping([
            YAMLEntry("apiVersion", .string("kustomize.config.k8s.io/v1beta1")),
            YAMLEntry("kind", .string("Kustomization")),
            YAMLEntry("resources", .sequence(files.map { .string($0.name) })),
        ])
        self.documents = files
        self.kustomization = ManifestFile(
            name: Self.kustomizationName, text: YAMLWriter.write([YAMLDocument(comments: comments, root: root)]))
    }

    /// `<kind lowercased>-<metadata.name>.yaml`, or nil when the document lacks either or they would not make a
    /// plain file name (a kind of ASCII letters and digits; a name of lowercase letters, digits, `-` and `.`,
    /// starting with a letter or digit, as Kubernetes names are).
    public static func fileName(_ root: YAMLNode) -> String? {
        guard case let .string(kind)? = root["kind"], case let .string(name)? = root["metadata"]?["name"],
              !kind.isEmpty, kind.unicodeScalars.allSatisfy(\.isASCIIAlphanumeric),
              let first = name.unicodeScalars.first, first.isASCIIAlphanumeric,
              name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." })
        else { return nil }
        return "\(kind.lowercased())-\(name).yaml"
    }
}
