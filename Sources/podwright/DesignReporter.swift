import AdvisorApp
import Foundation
import PodEngine
import WorkshopServer

/// Writes the served advisor's design lines for `podwright serve` (`advise --progress`): after each autosave, the
/// design's name and where the engine places each companion, when that changed, each line with a single write.
final class DesignReporter {
    private let descriptor: Int32
    private var last: LearnerDesign?

    /// Opens the path for appending; nil when it cannot be opened (the advisor runs without reporting).
    init?(path: String) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Reports the draft the autosave holds (its JSON text).
    func autosaved(_ text: String) {
        guard let draft = try? JSONDecoder().decode(Draft.self, from: Data(text.utf8)) else { return }
        send(Self.design(draft))
    }

    /// The draft as the teacher's screen shows it: every companion in the draft's order, placed as the engine decides
    /// for the complete ones (a draft with an error has none decided), `unsettled` for the others.
    static func design(_ draft: Draft) -> LearnerDesign {
        let decision = (try? draft.design(completeOnly: true).get()).map(Advisor.decide)
        let companions = draft.companions.map { companion -> LearnerDesign.Companion in
            guard !companion.name.isEmpty,
                  let decided = decision?.companions.first(where: { $0.companion.name == companion.name }) else {
                return LearnerDesign.Companion(name: companion.name.isEmpty ? "?" : companion.name, placement: "unsettled")
            }
            switch decided.placement {
            case let .colocated(role, native, _):
                return LearnerDesign.Companion(name: companion.name, placement: native ? "native-" + role.rawValue : role.rawValue)
            case let .separate(workload):
                return LearnerDesign.Companion(name: companion.name, placement: "separate", workload: workload.kind.rawValue)
            }
        }
        return LearnerDesign(name: draft.name, companions: companions)
    }

    private func send(_ design: LearnerDesign) {
        guard design != last else { return }
        last = design
        let bytes = Array((design.line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
