import ArgumentParser

/// How `podwright recommend` writes the manifest: one multi-document stream, or a kustomize folder.
enum ManifestFormat: String, CaseIterable, ExpressibleByArgument {
    case yaml, kustomize
}
