import PodModel
import PodText
import TextWidth

/// A text drawing of the decided pods: one box per pod, a row per container, volume and localhost link.
public struct PodDiagram {
    let decision: Decision
    let text: Catalog

    public init(_ decision: Decision, catalog: Catalog) {
        self.decision = decision
        self.text = catalog
    }

    /// The drawing, one string per line; with a `width`, every line is cut to it (ending in `…`) and boxes stay closed.
    public func lines(width: Int? = nil) -> [String] { drawing(width: width).lines }

    /// The drawing with where each pod's box is in it, for a view that scrolls to a pod.
    public func drawing(width: Int? = nil) -> PodDrawing {
        let design = decision.design
        let main = design.main
        var title = text[.diagramPodOf, ["kind": main.workload.kind.rawValue, "name": design.name]]
        if main.workload.hasReplicas { title += " · " + text[main.replicas == 1 ? .diagramReplica : .diagramReplicas, ["count": String(main.replicas)]] }
        var out = Self.box(title: title, rows: rows(decision.pod), width: width)
        var boxes = [decision.pod.host: 0..<out.count]
        var links: [[String]] = []
        for item in decision.separated {
            guard case let .separate(workload) = item.placement, let pod = decision.pod(hostedBy: item.companion.name) else { continue }
            let start = out.count
            out += Self.box(title: text[.diagramPodOf, ["kind": workload.kind.rawValue, "name": item.companion.name]],
                            rows: rows(pod), width: width)
            boxes[pod.host] = start..<out.count
            if workload == .job {
                links.append([text[.diagramRuns, ["name": item.companion.name]], "→", text[.diagramRunsOnce, ["main": item.host]]])
            } else {
                let target = item.companion.ports.first.map { "\(item.companion.name):\($0.number)" } ?? item.companion.name
                links.append([text[.diagramReaches, ["main": item.host]], "→", target])
            }
        }
        out += Self.table(links).map { line in width.map { ("  " + line).fitted(toWidth: $0) } ?? "  " + line }
        return PodDrawing(lines: out, boxes: boxes)
    }

    /// The rows of one pod: its init containers, the host container, the other containers, the shared volumes and
    /// the localhost links through its ambassadors.
    func rows(_ pod: PodLayout) -> [[String]] {
        let host = decision.hostContainer(of: pod)
        var rows: [[String]] = pod.initContainers.map(row)
        rows.append([text[.diagramMain], host.name, Self.ports(host.ports)])
        rows += pod.containers.map(row)
        for volume in pod.volumes {
            rows.append([text[.diagramVolume], volume.name, "\(volume.path) ← \(volume.containers.joined(separator: ", "))"])
        }
        for item in decision.colocated where item.placement.role == .ambassador && item.host == pod.host {
            if let local = item.companion.localPort {
                let upstream = item.companion.upstream.map { " → \($0)" } ?? ""
                rows.append([text[.diagramLocalhost], ":\(local)", "\(host.name) → \(item.companion.name)\(upstream)"])
            }
        }
        return rows
    }

    func row(_ item: CompanionDecision) -> [String] {
        let role = item.placement.role.map { text[$0.textKey] } ?? ""
        let label = item.placement.isNative ? text[.diagramNative, ["role": role]] : role
        return [label, item.companion.name, Self.ports(item.companion.ports)]
    }

    static func ports(_ ports: [Port]) -> String {
        ports.map { $0.proto == .TCP ? ":\($0.number)" : ":\($0.number)/\($0.proto.rawValue)" }.joined(separator: " ")
    }

    /// Rows as columns padded to their widest cell, measured in terminal columns.
    static func table(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { $0.indices.contains(column) ? $0[column].displayWidth : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                line += column == row.count - 1 ? cell : cell.padded(toWidth: widths[column]) + "  "
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// A box drawn around the rows, with the title in its top edge, at most `width` columns wide.
    static func box(title: String, rows: [[String]], width: Int? = nil) -> [String] {
        var body = table(rows)
        var title = title
        var inner = max(title.displayWidth + 2, body.map(\.displayWidth).max() ?? 0)
        if let width, inner + 4 > width {
            inner = max(4, width - 4)
            body = body.map { $0.fitted(toWidth: inner) }
            title = title.fitted(toWidth: inner - 2)
        }
        var out = ["┌─ " + title + " " + String(repeating: "─", count: max(0, inner - title.displayWidth - 1)) + "┐"]
        out += body.map { "│ " + $0.padded(toWidth: inner) + " │" }
        out.append("└" + String(repeating: "─", count: inner + 2) + "┘")
        return out
    }
}
