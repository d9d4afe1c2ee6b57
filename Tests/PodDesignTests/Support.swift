import Foundation
@testable import PodDesign
@testable import PodModel
@testable import PodText

/// Paths and builders shared by the tests.
enum Support {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("Resources/examples")
    static let golden = root.appendingPathComponent("Tests/PodDesignTests/Golden")

    static func example(_ name: String) throws -> Design {
        let url = examples.appendingPathComponent("\(name).yaml")
        return try DesignParser.parse(Data(contentsOf: url), file: "\(name).yaml")
    }

    static var exampleNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// A design with one companion with these answers.
    static func design(
        _ answers: Answers, workload: Workload = .service, target: String? = "1.33",
        style: SidecarStyle = .auto, sharedPaths: [String] = ["/shared"], ports: [Int] = [], localPort: Int? = 6380
    ) -> Design {
        Design(
            name: "app", kubernetes: target.flatMap(KubernetesVersion.init), sidecarStyle: style,
            main: MainContainer(name: "main", image: "nginx:1.27", workload: workload, ports: [Port(number: 80)]),
            companions: [Companion(
                name: "helper", image: "busybox:1.36", answers: answers, sharedPaths: sharedPaths,
                ports: ports.map { Port(number: $0) }, localPort: localPort
            )]
        )
    }

    /// Parses design-file text, failing the test on an error.
    static func parse(_ text: String) throws -> Design {
        try DesignParser.parse(text, file: "test.yaml")
    }

    /// The one-line report of a design-file text that must not parse, or nil if it parses.
    static func error(_ text: String, _ language: Language = .en) -> String? {
        do {
            _ = try DesignParser.parse(text, file: "test.yaml")
            return nil
        } catch {
            return error.report(Catalog(language))
        }
    }
}
