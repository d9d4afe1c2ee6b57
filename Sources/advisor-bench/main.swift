// Measures one keypress of the advisor (update plus render) on a design with 20 companions.
// Run by bench/advisor.py as `.build/release/advisor-bench`; prints figures, asserts nothing.
import AdvisorApp
import Foundation
import PodDesign
import PodEngine
import PodModel
import PodText
import TerminalUI

var draft = Draft()
draft.name = "bench"
draft.mainImage = "nginx:1.27"
draft.mainPorts = "80"
let functions: [Function] = [.extend, .transformOutput, .proxyOutbound]
for index in 0..<20 {
    var companion = DraftCompanion(name: "helper-\(index)")
    companion.image = "busybox:1.36"
    for answer: Answer in [
        .lifecycle(index % 3 == 0 ? .independent : .same), .coupling(index % 4 == 0 ? .loose : .tight),
        .scaling(index % 7 == 0 ? .independent : .together), .state(index % 9 == 0 ? .stateful : .stateless),
        .timing(index % 5 == 0 ? .beforeMain : .alongside), .function(functions[index % 3]), .mainCodeChangeable(false),
    ] {
        companion.answers.give(answer)
    }
    companion.sharedPaths = "/shared/\(index)"
    companion.ports = String(9000 + index)
    companion.localPort = String(16000 + index)
    draft.companions.append(companion)
}

let keys: [Key] = [.down, .up, .down, .down, .up, .character("p"), .down, .up, .character("p")]
var model = AdvisorModel(draft: draft, screen: .question(companion: 3, step: .question(.coupling)), width: 120, height: 40)
var samples: [Double] = []
for round in 0..<2000 {
    let key = keys[round % keys.count]
    let start = DispatchTime.now().uptimeNanoseconds
    _ = model.update(.event(.key(key)))
    let buffer = AdvisorView(model).render()
    let end = DispatchTime.now().uptimeNanoseconds
    precondition(buffer.width == 120)
    samples.append(Double(end - start) / 1_000_000)
}
samples.sort()
let median = samples[samples.count / 2]
let p99 = samples[samples.count * 99 / 100]
print(String(format: "keypress (update + render, 20 companions, 120x40): median %.3f ms, p99 %.3f ms, goal < 2 ms: %@",
             median, p99, median < 2 ? "met" : "not met"))

// The same on a companion's image step, where the image catalogue's presets are listed under the field and filtered
// by what is typed: picking with ↓/↑, and a letter typed and taken back (the list filtered again each time).
let presetKeys: [Key] = [.down, .down, .up, .character("s"), .backspace, .down, .up, .up]
var picking = AdvisorModel(draft: draft, screen: .question(companion: 3, step: .image), width: 120, height: 40)
picking.draft.companions[3].image = "po"
var presetSamples: [Double] = []
for round in 0..<2000 {
    let start = DispatchTime.now().uptimeNanoseconds
    _ = picking.update(.event(.key(presetKeys[round % presetKeys.count])))
    let buffer = AdvisorView(picking).render()
    presetSamples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    precondition(buffer.width == 120)
}
presetSamples.sort()
print(String(format: "keypress on the image step with presets (20 companions, 120x40): median %.3f ms, p99 %.3f ms",
             presetSamples[presetSamples.count / 2], presetSamples[presetSamples.count * 99 / 100]))

/// Where a keypress's time goes: the mean of 200 runs of each part.
func time(_ label: String, _ body: () -> Void) {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<200 { body() }
    let mean = Double(DispatchTime.now().uptimeNanoseconds - start) / 200 / 1_000_000
    print("  " + label.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%.3f ms", mean))
}
print("parts:")
time("designFile") { _ = draft.designFile() }
let text = draft.designFile()
time("parse") { _ = try? DesignParser.parse(text, file: "x") }
let design = try! DesignParser.parse(text, file: "x")
time("decide") { _ = Advisor.decide(design) }
let decision = Advisor.decide(design)
time("manifest") { _ = StarterManifest(decision, catalog: Catalog(.en)).yaml() }
time("diagram") { _ = PodDiagram(decision, catalog: Catalog(.en)).lines() }
time("autosave json") { _ = AdvisorModel.autosaveText(draft) }
time("render") { _ = AdvisorView(model).render() }
time("steps") { _ = draft.steps(ofCompanion: 3) }
