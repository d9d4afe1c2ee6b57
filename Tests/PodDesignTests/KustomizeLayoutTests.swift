@testable import PodEngine
@testable import PodModel
@testable import PodText
import Testing

/// The starter manifest laid out as a kustomize folder: a file per document, named for its kind and name, and the
/// kustomization that lists them.
@Suite struct KustomizeLayoutTests {
    static func layout(_ example: String, _ language: Language = .en) throws -> (StarterManifest, KustomizeLayout) {
        let manifest = StarterManifest(Advisor.decide(try Support.example(example)), catalog: Catalog(language))
        return (manifest, try manifest.kustomize())
    }

    /// The files joined with `---` lines in the kustomization's order are the stream, byte for byte.
    @Test(arguments: Support.exampleNames)
    func theFilesJoinedAreTheStream(_ example: String) throws {
        let (manifest, layout) = try Self.layout(example)
        #expect(layout.documents.map(\.text).joined(separator: "---\n") == manifest.yaml())
        #expect(layout.documents.count == manifest.documents().count)
        let resources = layout.documents.map { "  - \($0.name)\n" }.joined()
        #expect(layout.kustomization.text.hasSuffix("kind: Kustomization\nresources:\n" + resources))
        #expect(layout.files.last == layout.kustomization && layout.files.count == layout.documents.count + 1)
    }

    @Test func filesAreNamedForTheirKindAndNameInTheStreamsOrder() throws {
        let (_, layout) = try Self.layout("whole-app")
        #expect(layout.files.map(\.name) == [
            "deployment-shop.yaml", "service-shop.yaml", "serviceaccount-shop.yaml", "poddisruptionbudget-shop.yaml",
            "deployment-api.yaml", "service-api.yaml", "serviceaccount-api.yaml", "networkpolicy-api.yaml",
            "job-migrate.yaml", "serviceaccount-migrate.yaml", "networkpolicy-migrate.yaml",
            "statefulset-db.yaml", "service-db.yaml", "serviceaccount-db.yaml", "networkpolicy-db.yaml", "kustomization.yaml",
        ])
        #expect(layout.documents[0].text.hasPrefix("# shop: a starter manifest from podwright for Kubernetes 1.33"))
        #expect(layout.documents[1].text.hasPrefix("apiVersion: v1\nkind: Service\n"))
        #expect(layout.documents[8].text.hasPrefix("# migrate: its own Job (separate.once-per-release);"))
    }

    @Test func theKustomizationSaysPodwrightWroteItAndAddsNoLabels() throws {
        let (_, layout) = try Self.layout("log-shipper")
        #expect(layout.kustomization.text == """
            # web: written by podwright recommend --format kustomize, a file per object of the starter manifest; apply the folder with kubectl apply -k
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
              - deployment-web.yaml
              - service-web.yaml
              - serviceaccount-web.yaml
              - poddisruptionbudget-web.yaml

            """)
        let (_, korean) = try Self.layout("log-shipper", .ko)
        #expect(korean.kustomization.text.hasPrefix("# web: podwright recommend --format kustomize가 "))
        #expect(korean.documents[0].text.contains("# web: podwright가 만든 Kubernetes 1.33용 매니페스트 초안"))
    }

    static func object(_ kind: String, _ name: String?) -> YAMLDocument {
        var metadata: [YAMLEntry] = []
        if let name { metadata.append(YAMLEntry("name", .string(name))) }
        return YAMLDocument(root: .mapping([
            YAMLEntry("apiVersion", .string("v1")), YAMLEntry("kind", .string(kind)), YAMLEntry("metadata", .mapping(metadata)),
        ]))
    }

    @Test func twoDocumentsForOneFileAreRefusedNotOverwritten() {
        #expect(throws: KustomizeProblem.sameFile("service-web.yaml")) {
            try KustomizeLayout([Self.object("Service", "web"), Self.object("ConfigMap", "web"), Self.object("Service", "web")],
                                comments: [])
        }
        #expect(KustomizeProblem.sameFile("service-web.yaml").message(Catalog(.en))
            == "two objects would be written to the same file, service-web.yaml; nothing was written")
    }

    @Test(arguments: [nil, "", "../web", "Web", ".web", "a/b"])
    func aDocumentWithoutAPlainNameHasNoFile(_ name: String?) {
        #expect(throws: KustomizeProblem.noFileName(document: 2)) {
            try KustomizeLayout([Self.object("Service", "web"), Self.object("Service", name)], comments: [])
        }
    }

    @Test func theFileNameIsTheKindLowercasedAndTheName() {
        #expect(KustomizeLayout.fileName(Self.object("StatefulSet", "db.v2").root) == "statefulset-db.v2.yaml")
        #expect(KustomizeLayout.fileName(Self.object("Stateful Set", "db").root) == nil)
        #expect(KustomizeLayout.fileName(.sequence([])) == nil)
    }
}
