import PodModel

extension StarterManifest {
    /// The manifest as a kustomize folder: each document of `documents()` in a file of its own, and a
    /// `kustomization.yaml` that says podwright wrote it.
    public func kustomize() throws(KustomizeProblem) -> KustomizeLayout {
        try KustomizeLayout(documents(), comments: [text[.manifestKustomization, ["design": design.name]]])
    }
}
