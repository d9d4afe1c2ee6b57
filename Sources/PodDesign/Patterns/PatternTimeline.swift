import PodEngine
import TextWidth

/// When each container of the decided pod runs, drawn as bars on a time line from left to right:
/// init containers one after another and to completion, native sidecars from their turn until after
/// the app stops, the main and regular containers together from the end of the init containers.
public struct PatternTimeline {
    let decision: Decision

    public init(_ decision: Decision) {
        self.decision = decision
    }

    /// One bar per container, in start order, names padded to one column.
    public func lines() -> [String] {
        var start = 0
        var bars: [(name: String, from: Int, to: Int?)] = []
        for item in decision.pod.initContainers {
            bars.append((item.companion.name, start, item.placement.isNative ? nil : start + 3))
            start += 4
        }
        let appEnd = start + 16
        bars.append((decision.design.main.name, start, appEnd))
        bars += decision.pod.containers.map { ($0.companion.name, start, appEnd) }
        let nameWidth = (bars.map(\.name.displayWidth).max() ?? 0) + 2
        return bars.map { bar in
            let to = bar.to ?? appEnd + 3
            return bar.name.padded(toWidth: nameWidth) + String(repeating: " ", count: bar.from)
                + "├" + String(repeating: "─", count: to - bar.from - 1) + "┤"
        }
    }
}
