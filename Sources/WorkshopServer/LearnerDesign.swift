import Foundation

/// The design a learner builds in the advisor, as the teacher's screen shows it: its name and where the engine places
/// each companion. The served advisor writes it as one JSON line (`"event": "design"`) after each autosave.
public struct LearnerDesign: Codable, Sendable, Hashable {
    /// One companion: its name and its placement (`init`, `sidecar`, `native-sidecar`, `adapter`, `ambassador`,
    /// `separate` with the workload kind of its own pod, or `unsettled` while its answers are not complete).
    public struct Companion: Codable, Sendable, Hashable {
        public var name: String
        public var placement: String
        /// The kind of the companion's own workload (`Deployment`, `StatefulSet`, `Job`) when it is `separate`.
        public var workload: String?

        public init(name: String, placement: String, workload: String? = nil) {
            self.name = name
            self.placement = placement
            self.workload = workload
        }
    }

    public var event = "design"
    public var name: String
    public var companions: [Companion]

    public init(name: String, companions: [Companion]) {
        self.name = name
        self.companions = companions
    }

    /// The line the advisor writes (sorted keys, so the same design is the same bytes).
    public var line: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Reads a line; nil when it is not a design line.
    public static func read(_ line: String) -> LearnerDesign? {
        guard let design = try? JSONDecoder().decode(LearnerDesign.self, from: Data(line.utf8)), design.event == "design" else { return nil }
        return design
    }

    /// The design in one line for the teacher: `shop: log-agent sidecar, db own StatefulSet`. What the learner typed
    /// loses its control characters (an escape sequence in a companion's name must not reach the teacher's terminal).
    public func summary(_ text: (ServerMessage) -> String) -> String {
        let parts = companions.map { companion -> String in
            let placement: String = switch companion.placement {
            case "separate": text(.designSeparate(Self.printable(companion.workload ?? "?")))
            case "unsettled": "?"
            default: Self.printable(companion.placement)
            }
            return Self.printable(companion.name) + " " + placement
        }
        return text(.design(name: Self.printable(name), companions: parts.isEmpty ? text(.designEmpty) : parts.joined(separator: ", ")))
    }

    /// The text without control characters (C0, DEL, C1) and line or paragraph separators.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            ![.control, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory)
        }))
    }
}
