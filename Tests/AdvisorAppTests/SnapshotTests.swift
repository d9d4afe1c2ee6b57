@testable import AdvisorApp
import Foundation
import PodDesign
import PodModel
import PodText
import TerminalUI
import TestSupport
import Testing

/// Every screen rendered by the in-memory backend at 80x24 and 60x20, in English and Korean, compared as text.
/// Re-record with `PODWRIGHT_RECORD=1 swift test --filter SnapshotTests`; a missing snapshot fails.
@Suite struct SnapshotTests {
    static let directory = Driver.root.appendingPathComponent("Tests/AdvisorAppTests/Snapshots")

    /// A named way to reach a screen from a fresh session of a given size and language.
    struct Scene: Sendable, CustomTestStringConvertible {
        var name: String
        var make: @Sendable (Int, Int, Language) -> AdvisorModel
        var testDescription: String { name }
    }

    static func session(_ width: Int, _ height: Int, _ language: Language) -> AdvisorModel {
        Driver.logShipperSession(width: width, height: height, language: language)
    }

    static let scenes: [Scene] = [
        Scene(name: "start") { w, h, l in AdvisorModel(width: w, height: h, language: l) },
        Scene(name: "start-resume") { w, h, l in
            AdvisorModel(width: w, height: h, language: l, resumable: session(w, h, l).draft)
        },
        Scene(name: "main-form") { w, h, l in
            var model = AdvisorModel(width: w, height: h, language: l)
            Driver.press(&model, [.enter, .down, .down])
            Driver.type(&model, "nginx:1.27")
            return model
        },
        Scene(name: "main-form-error") { w, h, l in
            var model = AdvisorModel(width: w, height: h, language: l)
            Driver.press(&model, [.enter])
            Driver.clear(&model)
            Driver.type(&model, "Shop_1")
            Driver.press(&model, [.enter])
            return model
        },
        Scene(name: "companions-empty") { w, h, l in
            var model = AdvisorModel(width: w, height: h, language: l)
            Driver.press(&model, [.enter, .down, .down])
            Driver.type(&model, "nginx:1.27")
            Driver.press(&model, [.down, .down, .down, .down, .down, .down, .enter])
            return model
        },
        Scene(name: "companions") { w, h, l in session(w, h, l) },
        Scene(name: "question-choice") { w, h, l in
            var model = session(w, h, l)
            Driver.press(&model, [.enter, .enter, .enter, .enter])
            return model
        },
        Scene(name: "question-text") { w, h, l in
            var model = session(w, h, l)
            Driver.press(&model, [.enter])
            return model
        },
        Scene(name: "result") { w, h, l in
            var model = session(w, h, l)
            Driver.press(&model, [.character("r")])
            return model
        },
        Scene(name: "yaml-preview") { w, h, l in
            var model = session(w, h, l)
            Driver.press(&model, [.character("p"), .tab])
            return model
        },
        Scene(name: "help") { w, h, l in
            var model = session(w, h, l)
            Driver.press(&model, [.character("?")])
            return model
        },
        Scene(name: "quit-confirm") { w, h, l in
            var model = session(w, h, l)
            Driver.press(&model, [.character("q")])
            return model
        },
        Scene(name: "save-prompt") { w, h, l in
            var model = session(w, h, l)
            Driver.press(&model, [.character("s")])
            return model
        },
        Scene(name: "question-imported") { w, h, l in
            // An imported design's inferred answer, with the note that says where it came from.
            let compose = Driver.root.appendingPathComponent("Resources/imports/web-shop.compose.yaml")
            let result = try! Importer.design(Data(contentsOf: compose), file: "compose.yaml", main: nil, catalog: Catalog(l))
            let design = try! DesignParser.parse(result.text, file: "shop.yaml")
            return AdvisorModel(draft: Draft(design), screen: .question(companion: 0, step: .question(.coupling)),
                                width: w, height: h, language: l, designPath: "shop.yaml")
        },
        Scene(name: "question-assumed") { w, h, l in
            // An unanswered question, preselected from the image catalogue and saying so.
            var draft = Draft()
            draft.name = "shop"
            draft.mainImage = "nginx:1.27"
            var db = DraftCompanion(name: "db")
            db.image = "postgres:16"
            draft.companions = [db]
            return AdvisorModel(draft: draft, screen: .question(companion: 0, step: .question(.state)), width: w, height: h, language: l)
        },
        Scene(name: "question-default") { w, h, l in
            // An unanswered question about an image the catalogue does not know: the articles' default.
            var draft = Draft()
            draft.name = "shop"
            draft.mainImage = "nginx:1.27"
            var helper = DraftCompanion(name: "helper")
            helper.image = "ghcr.io/example/helper:1.0"
            draft.companions = [helper]
            return AdvisorModel(draft: draft, screen: .question(companion: 0, step: .question(.lifecycle)), width: w, height: h, language: l)
        },
        Scene(name: "too-small") { w, h, l in AdvisorModel(width: w - 30, height: h - 8, language: l) },
        Scene(name: "result-six-checks") { w, h, l in sixCompanions(w, h, l) },
        Scene(name: "result-six-checks-scrolled") { w, h, l in
            var model = sixCompanions(w, h, l)
            Driver.press(&model, [.end])
            return model
        },
        Scene(name: "checks-overlay") { w, h, l in
            var model = sixCompanions(w, h, l)
            Driver.press(&model, [.character("c"), .pageDown])
            return model
        },
        Scene(name: "delete-confirm") { w, h, l in
            var model = session(w, h, l)
            Driver.press(&model, [.character("d")])
            return model
        },
        Scene(name: "discard-confirm") { w, h, l in
            var model = AdvisorModel(width: w, height: h, language: l, resumable: session(w, h, l).draft)
            Driver.press(&model, [.down, .enter])
            return model
        },
        Scene(name: "preset-pick") { w, h, l in
            // A preset picked by part of its name on a new companion's image step: the list and the answers it preselects.
            var model = session(w, h, l)
            Driver.press(&model, [.character("a"), .enter])
            Driver.type(&model, "sql")
            Driver.press(&model, [.down, .down])
            return model
        },
        Scene(name: "preset-new-companion") { w, h, l in
            // A companion just added: its name step lists every preset, ↓ to pick one.
            var model = session(w, h, l)
            Driver.press(&model, [.character("a")])
            return model
        },
        Scene(name: "preset-taken") { w, h, l in
            var model = session(w, h, l)
            Driver.press(&model, [.character("a"), .enter])
            Driver.type(&model, "postg")
            Driver.press(&model, [.down, .enter])
            return model
        },
        Scene(name: "companions-copied") { w, h, l in
            var model = session(w, h, l)
            Driver.press(&model, [.character("c")])
            return model
        },
        Scene(name: "companions-moved") { w, h, l in
            var model = session(w, h, l)
            Driver.press(&model, [.character("c"), .character("K")])
            return model
        },
    ] + wholeApp

    /// Six companions in one pod, three of them on the same port: a result with more checks than the pane holds.
    static func sixCompanions(_ width: Int, _ height: Int, _ language: Language) -> AdvisorModel {
        var draft = Draft()
        draft.name = "web"
        draft.mainName = "nginx"
        draft.mainImage = "nginx:1.27"
        draft.mainPorts = "80"
        for (index, name) in ["log-shipper", "metrics", "exporter", "config-reload", "cache-warm", "tracer"].enumerated() {
            var companion = DraftCompanion(name: name)
            companion.image = "busybox:1.36"
            for answer: Answer in [.lifecycle(.same), .coupling(.tight), .scaling(.together), .mainCodeChangeable(true),
                                   .state(.stateless), .timing(.alongside), .function(.extend)] {
                companion.answers.give(answer)
            }
            companion.ports = index < 3 ? "9100" : ""
            draft.companions.append(companion)
        }
        var model = AdvisorModel(draft: draft, screen: .companions(selected: 0), width: width, height: height, language: language)
        Driver.press(&model, [.character("r")])
        return model
    }

    /// The whole-application example: choosing whom a companion serves, a question about the container served,
    /// the diagram following the companion selected in the list, and the result.
    static let wholeApp: [Scene] = [
        Scene(name: "serves-step") { w, h, l in try! ServesStepTests.model(at: "api-db-pool", step: .serves, width: w, height: h, language: l) },
        Scene(name: "question-serving") { w, h, l in
            try! ServesStepTests.model(at: "db-metrics", step: .question(.coupling), width: w, height: h, language: l)
        },
        Scene(name: "whole-app-diagram") { w, h, l in
            var model = try! ServesStepTests.model(at: "api", step: .name, width: w, height: h, language: l)
            model.screen = .companions(selected: 5)
            return model
        },
        Scene(name: "whole-app-result") { w, h, l in try! ServesStepTests.result(width: w, height: h, language: l) },
    ]

    static let sizes = [(80, 24), (60, 20)]

    /// Compares the lines with the stored snapshot (or records it).
    static func check(_ lines: [String], _ name: String, width: Int) throws {
        for line in lines { #expect(line.displayColumns == width, "\(name): a line is not \(width) columns") }
        try RecordedFile.check(lines.joined(separator: "\n") + "\n", at: SnapshotTests.directory.appendingPathComponent(name), name: name)
    }

    @Test(arguments: scenes)
    func sceneMatchesItsSnapshots(_ scene: Scene) throws {
        for language in Language.allCases {
            for (width, height) in Self.sizes {
                var backend = TestBackend(width: width, height: height)
                let model = scene.make(width, height, language)
                backend.draw(AdvisorView(model, theme: .monochrome).render())
                let name = "\(scene.name).\(language.rawValue).\(width)x\(height).txt"
                try Self.check(backend.buffer.lines, name, width: model.width)
            }
        }
    }

    /// A whole application on a large terminal: every pod drawn uncut beside the questions.
    @Test(arguments: wholeApp)
    func wholeApplicationAt120x40(_ scene: Scene) throws {
        for language in Language.allCases {
            var backend = TestBackend(width: 120, height: 40)
            backend.draw(AdvisorView(scene.make(120, 40, language), theme: .monochrome).render())
            try Self.check(backend.buffer.lines, "\(scene.name).\(language.rawValue).120x40.txt", width: 120)
        }
    }

    @Test func koreanScreensHaveNoEnglishLabelsLeft() {
        var model = Driver.logShipperSession(language: .ko)
        Driver.press(&model, [.character("r")])
        let screen = AdvisorView(model).render().lines.joined(separator: "\n")
        #expect(screen.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) })
        for english in ["Result", "Finish", "Checks", "help", "quit"] { #expect(!screen.contains(english), "\(english)") }
    }
}

extension String {
    /// Terminal columns of a rendered line (each cell's text; continuation cells are empty).
    var displayColumns: Int {
        unicodeScalars.reduce(0) { $0 + ((0xAC00...0xD7A3).contains($1.value) || (0x1100...0x115F).contains($1.value) ? 2 : 1) }
    }
}
