import PodText

extension PodPicture {
    static let padding = 12
    static let boxHeight = 28
    static let rowGap = 8
    static let titleHeight = 32
    static let podGap = 28
    static let margin = 20
    static let lineHeight = 20

    /// The picture as a self-contained SVG: a box per pod in columns (the main pod first, each workload one column
    /// right of the one that reaches it), a box per container in start order, a row per volume, and an arrow per link
    /// between pods, labelled; a legend of the line styles below.
    public func svg(title: String, catalog text: Catalog) -> String {
        let columns = podColumns()
        var document = SVGDocument()
        var placed: [String: (x: Int, y: Int, width: Int, height: Int)] = [:]  // container boxes by id
        var x = Self.margin
        var bottom = Self.margin
        let crossing = links.filter { $0.kind == .network || $0.kind == .runsOnce }
        for (column, podsHere) in columns.enumerated() {
            if column > 0 {
                let entering = crossing.filter { link in podsHere.contains { $0.holds(drawnEnds(link).to) } }
                x += max(60, (entering.map { SVGDocument.width(of: $0.label) }.max() ?? 0) + 48)
            }
            let width = podsHere.map(podWidth).max() ?? 0
            var y = Self.margin + Self.lineHeight + 8
            for pod in podsHere {
                let frame = (x: x, y: y, width: width, height: podHeight(pod))
                document.rect(x: frame.x, y: frame.y, width: frame.width, height: frame.height, id: pod.id,
                              style: "fill=\"\(SVGDocument.background)\" stroke=\"\(SVGDocument.foreground)\" stroke-width=\"2\"")
                document.text(pod.title, x: x + Self.padding, y: y + 22, inside: pod.id, fill: SVGDocument.accent, bold: true)
                var rowY = y + Self.titleHeight + 4
                for container in pod.containers {
                    let box = (x: x + Self.padding, y: rowY, width: width - 2 * Self.padding, height: Self.boxHeight)
                    placed[container.id] = box
                    document.rect(x: box.x, y: box.y, width: box.width, height: box.height, id: container.id,
                                  style: Self.style(container.kind))
                    document.text(container.caption, x: box.x + Self.padding, y: box.y + 19, inside: container.id)
                    rowY += Self.boxHeight + Self.rowGap
                }
                for volume in pod.volumes {
                    document.text(volumeLine(volume, in: pod), x: x + Self.padding, y: rowY + 15, inside: pod.id, fill: SVGDocument.muted)
                    rowY += Self.lineHeight
                }
                for link in localhostLinks(of: pod) {
                    document.text(localhostLine(link, in: pod), x: x + Self.padding, y: rowY + 15, inside: pod.id, fill: SVGDocument.muted)
                    rowY += Self.lineHeight
                }
                y += frame.height + Self.podGap
            }
            x += width
            bottom = max(bottom, y)
        }
        var entries: [String: Int] = [:]
        for link in crossing {
            let ends = drawnEnds(link)
            guard let from = placed[ends.from], let to = placed[ends.to] else { continue }
            let startY = from.y + from.height / 2
            let endY = to.y + to.height / 2
            let endX = to.x - Self.padding  // the left edge of the target's pod: its boxes are a padding inside it
            let labelWidth = SVGDocument.width(of: link.label)
            let turnX = endX - labelWidth - 24
            document.path("M \(from.x + from.width) \(startY) H \(turnX) V \(endY) H \(endX)", dashed: link.kind == .runsOnce)
            let stacked = entries[ends.to, default: 0]
            entries[ends.to] = stacked + 1
            document.text(link.label, x: turnX + 8, y: endY - 6 - stacked * Self.lineHeight)
        }
        document.text(title, x: Self.margin, y: Self.margin + 14, fill: SVGDocument.accent, bold: true)
        var legendY = bottom
        for (kind, key) in [(PictureContainer.Kind.initContainer, TextKey.pictureLegendInit), (.nativeSidecar, .pictureLegendNative),
                            (.main, .pictureLegendMain)] where containers.contains(where: { $0.kind == kind }) {
            document.rect(x: Self.margin, y: legendY, width: 28, height: 16, style: Self.style(kind))
            document.text(text[key], x: Self.margin + 40, y: legendY + 13)
            legendY += Self.lineHeight + 4
        }
        let width = max(x, Self.margin + SVGDocument.width(of: title), legendWidth(text)) + Self.margin
        return document.rendered(width: width, height: legendY + Self.margin, title: title)
    }

    /// The pods in columns: the first pod in the first column, and each pod one column right of the furthest pod
    /// that reaches it (a Job one right of the pod it runs before); pods that nothing reaches go in the second.
    func podColumns() -> [[PicturePod]] {
        var podOf: [String: Int] = [:]
        for (index, pod) in pods.enumerated() { for container in pod.containers { podOf[container.id] = index } }
        var depth = Array(repeating: pods.count > 1 ? 1 : 0, count: pods.count)
        if !pods.isEmpty { depth[0] = 0 }
        for _ in 0..<pods.count {  // longest paths; a cycle stops growing after one round per pod
            for link in links where link.kind == .network || link.kind == .runsOnce {
                let ends = drawnEnds(link)
                guard let from = podOf[ends.from], let to = podOf[ends.to], to != 0, from != to else { continue }
                depth[to] = min(pods.count, max(depth[to], depth[from] + 1))
            }
        }
        let count = (depth.max() ?? 0) + 1
        return (0..<count).map { column in pods.indices.filter { depth[$0] == column }.map { pods[$0] } }.filter { !$0.isEmpty }
    }

    /// The ends of a link as drawn: a Job's link is drawn from the container it runs before to the Job's pod.
    func drawnEnds(_ link: PictureLink) -> (from: String, to: String) {
        link.kind == .runsOnce ? (link.to, link.from) : (link.from, link.to)
    }

    func podWidth(_ pod: PicturePod) -> Int {
        let lines = [pod.title] + pod.volumes.map { volumeLine($0, in: pod) }
            + localhostLinks(of: pod).map { localhostLine($0, in: pod) }
        let textWidth = lines.map(SVGDocument.width(of:)).max() ?? 0
        let boxWidth = (pod.containers.map { SVGDocument.width(of: $0.caption) }.max() ?? 0) + 2 * Self.padding
        return max(textWidth, boxWidth) + 2 * Self.padding
    }

    func podHeight(_ pod: PicturePod) -> Int {
        let localhost = localhostLinks(of: pod).count
        return Self.titleHeight + 4 + pod.containers.count * (Self.boxHeight + Self.rowGap)
            + (pod.volumes.count + localhost) * Self.lineHeight + Self.padding
    }

    /// The localhost links inside a pod.
    func localhostLinks(of pod: PicturePod) -> [PictureLink] {
        links.filter { $0.kind == .localhost && pod.holds($0.from) }
    }

    func volumeLine(_ volume: PictureVolume, in pod: PicturePod) -> String {
        let names = volume.mountedBy.compactMap { id in pod.containers.first { $0.id == id }?.name }
        return "emptyDir · \(volume.name) \(volume.path) ← \(names.joined(separator: ", "))"
    }

    func localhostLine(_ link: PictureLink, in pod: PicturePod) -> String {
        let from = pod.containers.first { $0.id == link.from }?.name ?? ""
        let to = pod.containers.first { $0.id == link.to }?.name ?? ""
        return "\(link.label): \(from) → \(to)"
    }

    func legendWidth(_ text: Catalog) -> Int {
        Self.margin + 40 + ([TextKey.pictureLegendInit, .pictureLegendNative, .pictureLegendMain].map { SVGDocument.width(of: text[$0]) }.max() ?? 0)
    }

    /// The outline of a container's box: thick and yellow for the host, dashed for init containers, dotted for
    /// native sidecars, plain for the rest.
    static func style(_ kind: PictureContainer.Kind) -> String {
        let fill = "fill=\"\(SVGDocument.background)\""
        switch kind {
        case .main: return "\(fill) stroke=\"\(SVGDocument.accent)\" stroke-width=\"3\""
        case .initContainer: return "\(fill) stroke=\"\(SVGDocument.foreground)\" stroke-width=\"2\" stroke-dasharray=\"8 4\""
        case .nativeSidecar: return "\(fill) stroke=\"\(SVGDocument.foreground)\" stroke-width=\"2\" stroke-dasharray=\"2 3\""
        case .sidecar: return "\(fill) stroke=\"\(SVGDocument.foreground)\" stroke-width=\"2\""
        }
    }
}
