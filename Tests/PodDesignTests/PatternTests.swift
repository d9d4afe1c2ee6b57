import Foundation
@testable import PodDesign
@testable import PodEngine
@testable import PodModel
@testable import PodText
import StyledText
import Testing
import TextWidth
import Yams

/// The pattern pages: their designs go through the real engine, their manifests are what `recommend` writes,
/// their rule ids are the ones the engine fires, their text fits 80 columns, and the docs are up to date.
@Suite struct PatternTests {
    static let targets: [KubernetesVersion?] = [nil, KubernetesVersion("1.28"), KubernetesVersion("1.33")]

    @Test(arguments: Pattern.allCases)
    func embeddedManifestIsWhatRecommendWritesForThePagesDesign(_ pattern: Pattern) throws {
        for target in Self.targets {
            for language in Language.allCases {
                let catalog = Catalog(language)
                let page = PatternPage(pattern, catalog: catalog, target: target)
                // The design read back from its own design file, as `podwright recommend FILE` would.
                let file = DesignWriter.yaml(pattern.design(target: target))
                let decision = Advisor.decide(try DesignParser.parse(file, file: "\(pattern.rawValue).yaml"))
                let recommended = StarterManifest(decision, catalog: catalog).yaml()
                let embedded = page.lines(width: 80).filter { $0.style == .code }.map {
                    $0.text.hasPrefix("  ") ? String($0.text.dropFirst(2)) : $0.text
                }
                #expect(embedded.map { $0 + "\n" }.joined() == recommended, "\(pattern) \(String(describing: target)) \(language)")
                #expect(!decision.hasErrors)
                let documents = try Yams.load_all(yaml: recommended).map { $0 }
                #expect(!documents.isEmpty)
            }
        }
    }

    @Test(arguments: Pattern.allCases)
    func listedRuleIdsAreTheOnesTheEngineFires(_ pattern: Pattern) {
        for target in Self.targets {
            let page = PatternPage(pattern, catalog: Catalog(.en), target: target)
            if pattern == .single {
                #expect(page.decision.companions.isEmpty)
                #expect(pattern.rules == ["separate.stateful", "separate.once-per-release", "separate.scaling", "separate.independent"])
            } else {
                #expect(page.firedRules == pattern.rules)
            }
            for finding in page.decision.findings {
                #expect(pattern.checks.contains(finding.check), "\(pattern) fires \(finding.check.rawValue), which its page does not list")
            }
        }
    }

    @Test func eachDesignShowsItsPattern() {
        func placement(_ pattern: Pattern, _ target: String? = nil) -> Placement? {
            Advisor.decide(pattern.design(target: target.flatMap(KubernetesVersion.init))).companions.first?.placement
        }
        #expect(placement(.initContainer)?.role == .initContainer)
        #expect(placement(.sidecar)?.role == .sidecar && placement(.sidecar)?.isNative == false)
        #expect(placement(.nativeSidecar)?.role == .sidecar && placement(.nativeSidecar, "1.28")?.isNative == true)
        #expect(placement(.adapter)?.role == .adapter && placement(.adapter, "1.28")?.isNative == false)
        #expect(placement(.ambassador)?.role == .ambassador && placement(.ambassador)?.isNative == true)
        #expect(Advisor.decide(Pattern.initContainer.design()).findings.map(\.check) == [.initIdempotent])
    }

    @Test func nativeSidecarOnAnOlderTargetIsShownForTheFirstVersionWithThem() {
        let page = PatternPage(.nativeSidecar, catalog: Catalog(.en), target: KubernetesVersion("1.28"))
        #expect(page.decision.target == .nativeSidecars)
        let text = page.lines(width: 80).map(\.text).joined(separator: "\n")
        #expect(text.contains("Native sidecars need Kubernetes 1.29 or newer; 1.28 has none"))
        #expect(PatternPage(.nativeSidecar, catalog: Catalog(.en), target: KubernetesVersion("1.30")).requestedTarget == nil)
    }

    @Test(arguments: Pattern.allCases)
    func proseAndDrawingsFitEightyColumns(_ pattern: Pattern) {
        for language in Language.allCases {
            for line in PatternPage(pattern, catalog: Catalog(language)).lines(width: 80) where line.style != .code {
                #expect(line.text.displayWidth <= 80, "\(pattern) \(language): \(line.text)")
            }
        }
        for language in Language.allCases {
            for line in PatternPage.index(Catalog(language), width: 80) { #expect(line.text.displayWidth <= 80) }
        }
    }

    @Test func namesAreFoundAndMisspellingsSuggestTheNearest() throws {
        let catalog = Catalog(.en)
        #expect(try Pattern.named("Native-Sidecar", catalog).get() == .nativeSidecar)
        #expect(throws: PatternNameError.self) { try Pattern.named("ambasador", catalog).get() }
        if case let .failure(error) = Pattern.named("ambasador", catalog) {
            #expect(error.message == "unknown pattern 'ambasador', did you mean 'ambassador'? (allowed: single, init, sidecar, native-sidecar, adapter, ambassador)")
        }
        if case let .failure(error) = Pattern.named("zzz", catalog) {
            #expect(error.message == "unknown pattern 'zzz' (allowed: single, init, sidecar, native-sidecar, adapter, ambassador)")
        }
    }

    @Test(arguments: Language.allCases)
    func generatedDocsAreUpToDate(_ language: Language) throws {
        let name = language == .en ? "docs/patterns.md" : "docs/patterns.\(language.rawValue).md"
        let file = try? String(contentsOf: Support.root.appendingPathComponent(name), encoding: .utf8)
        #expect(file == PatternPage.guide(Catalog(language)), "\(name) is stale: run `make docs`")
    }
}
