@testable import AdvisorApp
import Foundation
import PodDesign
import PodText
import TerminalUI
import Testing

/// Every page of the pattern guide as the advisor shows it: the first screen and a scrolled one, in English and
/// Korean, at 80x24 and 60x20, compared with text snapshots. Re-record with `PODWRIGHT_RECORD=1 swift test`.
@Suite struct PatternSnapshotTests {
    struct Scene: Sendable, CustomTestStringConvertible {
        var name: String
        var keys: [Key]
        var testDescription: String { name }
    }

    static let scenes: [Scene] = [Scene(name: "guide-index", keys: [.down, .down])]
        + Pattern.allCases.enumerated().flatMap { index, pattern in [
            Scene(name: "guide-\(pattern.rawValue)", keys: Array(repeating: .down, count: index) + [.enter]),
            Scene(name: "guide-\(pattern.rawValue)-scrolled", keys: Array(repeating: .down, count: index) + [.enter, .pageDown]),
        ] }

    @Test(arguments: scenes)
    func guideMatchesItsSnapshots(_ scene: Scene) throws {
        for language in Language.allCases {
            for (width, height) in SnapshotTests.sizes {
                var model = Driver.logShipperSession(width: width, height: height, language: language)
                Driver.press(&model, [.enter, .enter, .enter, .enter, .character("g")] + scene.keys)
                var backend = TestBackend(width: width, height: height)
                backend.draw(AdvisorView(model, theme: .monochrome).render())
                let name = "\(scene.name).\(language.rawValue).\(width)x\(height).txt"
                try SnapshotTests.check(backend.buffer.lines, name, width: width)
            }
        }
    }
}
