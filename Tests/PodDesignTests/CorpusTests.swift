import Foundation
@testable import PodDesign
@testable import PodModel
import Testing

/// `audit` on the 73 real published manifests in shared/corpus, which nobody here wrote.
@Suite struct CorpusTests {
    static let corpus = Support.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// Every manifest of the corpus (every file but the notes and the index), by path below the corpus.
    static func files() throws -> [String] {
        let walker = try #require(FileManager.default.enumerator(atPath: corpus.path))
        var files: [String] = []
        while let path = walker.nextObject() as? String {
            if path.contains(".yaml") { files.append(path) }
        }
        return files.sorted()
    }

    static func audit(_ paths: [String], target: String = "1.37") throws -> AuditReport {
        var report = AuditReport(target: KubernetesVersion(target)!)
        for path in paths {
            let data = try Data(contentsOf: corpus.appendingPathComponent(path))
            report.audit(String(decoding: data, as: UTF8.self), file: path)
        }
        return report
    }

    static func rules(_ path: String) throws -> [String] { try audit([path]).findings.map(\.check.rawValue) }

    @Test func wholeCorpusIsReadWithOnlyTheBrokenFileReported() throws {
        let files = try Self.files()
        #expect(files.count == 73)
        let report = try Self.audit(files)
        #expect(report.files == 73)
        #expect(report.workloads > 100)
        let problems = report.problems.map { "\($0.file):\($0.location.line)" }
        #expect(problems == ["GoogleCloudPlatform+kubernetes-engine-samples/ai-ml/infw-gw/examples/getting-started/vllm-llama3-8b-instruct.yaml:17"])
    }

    @Test func legacyJobSidecarIsToldApartFromTheNativeOne() throws {
        let folder = "kubernetes+website/content/en/examples/application/job/"
        #expect(try Self.rules(folder + "job-sidecar-legacy.yaml") == ["job.classic-sidecar"])
        #expect(try Self.rules(folder + "job-sidecar.yaml").isEmpty)
    }

    @Test func istioOldVersionJobsAreToldApartFromTheNativeOnes() throws {
        let folder = "istio+istio/pkg/kube/inject/testdata/inject/"
        #expect(try Self.rules(folder + "job-old-version.yaml.injected") == ["job.classic-sidecar"])
        #expect(try Self.rules(folder + "cronjob-old-version.yaml.injected") == ["job.classic-sidecar"])
        #expect(try Self.rules(folder + "job.yaml.injected").isEmpty)
        #expect(try Self.rules(folder + "cronjob.yaml.injected").isEmpty)
    }

    @Test func istioNativeSidecarsDuplicatePort80() throws {
        let report = try Self.audit(["istio+istio/pkg/kube/inject/testdata/inject/native-sidecar.yaml.injected"])
        let finding = try #require(report.findings.first { $0.check == .conflictPort })
        #expect(finding.facts["port"] == "80/TCP")
        #expect(finding.level == .error)
    }

    @Test func nativeSidecarsOfTheCorpusAreErrorsOnOldTargets() throws {
        let path = "kubernetes+website/content/en/examples/application/deployment-sidecar.yaml"
        #expect(try Self.audit([path], target: "1.28").findings.contains { $0.check == .nativeUnsupported })
        #expect(try Self.audit([path], target: "1.29").findings.allSatisfy { $0.check != .nativeUnsupported })
    }

    @Test func ambassadorsOverLocalhostAreNotFlagged() throws {
        let path = "GoogleCloudPlatform+kubernetes-engine-samples/cost-optimization/gke-shift-left-cost/samples/k8s-cost-estimator-github/wordpress/wordpress_deployment.yaml"
        #expect(try Self.rules(path).isEmpty)
    }

    @Test func theUnrelatedCoLocationDemoIsFlagged() throws {
        #expect(try Self.rules("kubernetes+website/content/en/examples/pods/qos/qos-pod-4.yaml").contains("colocate.stateful"))
    }
}
