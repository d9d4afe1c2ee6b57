import Foundation
import Testing
import TestSupport

/// `podwright recommend --format kustomize -o DIR`: a file per object and a kustomization.yaml, written whole or
/// not at all, refusing what it would have to overwrite or delete.
@Suite(.serialized) struct KustomizeCommandTests {
    static let example = "Resources/examples/log-shipper.yaml"
    static let files = [
        "deployment-web.yaml", "kustomization.yaml", "poddisruptionbudget-web.yaml", "service-web.yaml", "serviceaccount-web.yaml",
    ]

    static func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    static func list(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// The names in `kustomization.yaml`'s `resources:`, in order.
    static func resources(_ folder: URL) throws -> [String] {
        let text = try read(folder, "kustomization.yaml")
        let list = text.components(separatedBy: "resources:\n")[1]
        return list.split(separator: "\n").map { String($0.dropFirst("  - ".count)) }
    }

    /// The objects' files joined with `---` lines in kustomization order are what `--format yaml` prints, byte for
    /// byte, for every example; nothing but the new folder is left beside it, and it has a new folder's permissions.
    @Test(arguments: try FileManager.default.contentsOfDirectory(atPath: RecordedFile.root.appendingPathComponent("Resources/examples").path).sorted())
    func theFilesJoinedAreTheStream(_ name: String) throws {
        let parent = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("out")
        let example = "Resources/examples/" + name
        let result = try CommandLineTests.run(["recommend", example, "--format", "kustomize", "-o", folder.path])
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty)
        let stream = try CommandLineTests.run(["recommend", example, "--format", "yaml"])
        let resources = try Self.resources(folder)
        #expect(try resources.map { try Self.read(folder, $0) }.joined(separator: "---\n") == stream.stdout)
        #expect(try Self.list(folder) == (resources + ["kustomization.yaml"]).sorted())
        #expect(try Self.read(folder, "kustomization.yaml").hasPrefix("# "))
        let made = parent.appendingPathComponent("made")
        try FileManager.default.createDirectory(at: made, withIntermediateDirectories: false)
        let permissions = { (url: URL) in try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int }
        #expect(try permissions(folder) == permissions(made))
        #expect(try Self.list(parent) == ["made", "out"])
    }

    @Test func aWholeApplicationGetsAFilePerObjectInTheStreamsOrder() throws {
        let parent = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("shop")
        let result = try CommandLineTests.run(["recommend", "Resources/examples/whole-app.yaml", "--format", "kustomize", "-o", folder.path + "/"])
        #expect(result.status == 0)
        #expect(try Self.resources(folder) == [
            "deployment-shop.yaml", "service-shop.yaml", "serviceaccount-shop.yaml", "poddisruptionbudget-shop.yaml",
            "deployment-api.yaml", "service-api.yaml", "serviceaccount-api.yaml", "networkpolicy-api.yaml",
            "job-migrate.yaml", "serviceaccount-migrate.yaml", "networkpolicy-migrate.yaml",
            "statefulset-db.yaml", "service-db.yaml", "serviceaccount-db.yaml", "networkpolicy-db.yaml",
        ])
        #expect(try Self.read(folder, "deployment-shop.yaml").hasPrefix("# shop: a starter manifest from podwright for Kubernetes 1.33"))
        #expect(try Self.read(folder, "statefulset-db.yaml").hasPrefix("# db: its own StatefulSet (separate.stateful);"))
        #expect(try Self.read(folder, "kustomization.yaml").hasPrefix("""
            # shop: written by podwright recommend --format kustomize, a file per object of the starter manifest; apply the folder with kubectl apply -k
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:

            """))
        #expect(try !Self.read(folder, "kustomization.yaml").contains("labels"))
    }

    @Test func withoutOutputItIsAOneLineUsageError() throws {
        let result = try CommandLineTests.run(["recommend", Self.example, "--format", "kustomize"])
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr == "podwright: --format kustomize writes a folder of files: name it with -o DIR (podwright recommend FILE --format kustomize -o DIR)\n")
        let korean = try CommandLineTests.run(["recommend", Self.example, "--format", "kustomize", "--lang", "ko"])
        #expect(korean.status == 2)
        #expect(korean.stderr == "podwright: --format kustomize는 파일 여러 개를 폴더에 씁니다. -o DIR로 폴더를 지정하십시오(podwright recommend FILE --format kustomize -o DIR)\n")
    }

    @Test func anEmptyFolderIsFilledAndKept() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandLineTests.run(["recommend", Self.example, "--format", "kustomize", "-o", folder.path])
        #expect(result.status == 0)
        #expect(try Self.list(folder) == Self.files)
    }

    @Test func aFolderWithSomethingInItIsRefusedWithoutForce() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mine\n".utf8).write(to: folder.appendingPathComponent(".notes"))
        let result = try CommandLineTests.run(["recommend", Self.example, "--format", "kustomize", "-o", folder.path])
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr == "podwright: \(folder.path): the folder is not empty; add --force to replace the files podwright writes in it (other files are kept)\n")
        #expect(try Self.list(folder) == [".notes"])
    }

    /// --force replaces the files podwright writes and keeps every other, a file left from an earlier design included.
    @Test func forceReplacesOnlyTheFilesPodwrightWrites() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in [("notes.txt", "mine\n"), ("deployment-old.yaml", "kind: Deployment\n"), ("deployment-web.yaml", "old\n")] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let result = try CommandLineTests.run(["recommend", Self.example, "--format", "kustomize", "-o", folder.path, "--force", "--kubernetes", "1.28"])
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(try Self.list(folder) == (["deployment-old.yaml", "notes.txt"] + Self.files).sorted())
        #expect(try Self.read(folder, "notes.txt") == "mine\n")
        #expect(try Self.read(folder, "deployment-old.yaml") == "kind: Deployment\n")
        #expect(try Self.read(folder, "deployment-web.yaml").contains("for Kubernetes 1.28"))
        #expect(try Self.resources(folder) == ["deployment-web.yaml", "service-web.yaml", "serviceaccount-web.yaml", "poddisruptionbudget-web.yaml"])
    }

    /// A rename into place that fails (here onto a folder named like a file podwright writes) puts back the files
    /// already moved, so the folder is as it was, and leaves no hidden folder behind.
    @Test func aFailedForceLeavesTheFolderAsItWas() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("old\n".utf8).write(to: folder.appendingPathComponent("deployment-web.yaml"))
        let blocking = folder.appendingPathComponent("service-web.yaml")
        try FileManager.default.createDirectory(at: blocking, withIntermediateDirectories: false)
        try Data("x\n".utf8).write(to: blocking.appendingPathComponent("x"))
        let result = try CommandLineTests.run(["recommend", Self.example, "--format", "kustomize", "-o", folder.path, "--force"])
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr == "podwright: \(folder.path): cannot write service-web.yaml in the folder: Is a directory\n")
        #expect(try Self.list(folder) == ["deployment-web.yaml", "service-web.yaml"])
        #expect(try Self.read(folder, "deployment-web.yaml") == "old\n")
    }

    @Test(arguments: [false, true])
    func aFileAtThePathIsRefusedEvenWithForce(_ force: Bool) throws {
        let parent = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let path = parent.appendingPathComponent("shop").path
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: path))
        let result = try CommandLineTests.run(["recommend", Self.example, "--format", "kustomize", "-o", path] + (force ? ["--force"] : []))
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr == "podwright: \(path): this is a file, not a folder, and --format kustomize writes a folder (allowed: a path not yet used, or a folder)\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine\n")
        #expect(try Self.list(parent) == ["shop"])
    }

    @Test func aFolderInAMissingFolderIsOneLineAndLeavesNothing() throws {
        let parent = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let path = parent.appendingPathComponent("missing/shop").path
        let result = try CommandLineTests.run(["recommend", Self.example, "--format", "kustomize", "-o", path])
        #expect(result.status == 2)
        #expect(result.stderr == "podwright: \(path): cannot write the folder: No such file or directory\n")
        #expect(try Self.list(parent).isEmpty)
    }

    /// A design whose result has an error writes no folder at all (status 1, as for the stream).
    @Test func aResultWithAnErrorWritesNoFolder() throws {
        let parent = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let design = "podwright: 1\nname: shop\nmain: {name: web, image: nginx, ports: [80]}\ncompanions:\n  - {name: shipper, image: x, ports: [80], sharedPaths: [/l], coupling: tight}\n"
        let result = try CommandLineTests.run(["recommend", "-", "--format", "kustomize", "-o", parent.appendingPathComponent("shop").path], stdin: design)
        #expect(result.status == 1)
        #expect(try Self.list(parent).isEmpty)
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try CommandLineTests.run(["recommend", Self.example, "--format", "helm"])
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("podwright: The value 'helm' is invalid for '--format <yaml|kustomize>'"))
    }
}
