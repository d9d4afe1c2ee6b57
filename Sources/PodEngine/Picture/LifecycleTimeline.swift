import PodText

/// The lifecycle of one pod as a timeline, for slides: a lane per container in start order, the start phase with a
/// step per init container and native sidecar, the running phase, and the stop phase in which the host stops first
/// and native sidecars after it, last started first stopped.
public struct LifecycleTimeline: Sendable {
    let pod: PicturePod
    let text: Catalog

    public init(_ pod: PicturePod, catalog: Catalog) {
        self.pod = pod
        self.text = catalog
    }

    static let stepWidth = 56
    static let laneHeight = 34
    static let barHeight = 22

    /// The containers that start one after another before the host: init containers and native sidecars, in order.
    var ordered: [PictureContainer] { pod.containers.filter { $0.kind == .initContainer || $0.kind == .nativeSidecar } }
    var natives: [PictureContainer] { ordered.filter { $0.kind == .nativeSidecar } }
    var host: PictureContainer? { pod.containers.first { $0.kind == .main } }

    /// What a lane's bar says about its container.
    func caption(_ container: PictureContainer) -> String {
        let main = ["main": host?.name ?? ""]
        return switch container.kind {
        case .initContainer: text[.timelineInit]
        case .nativeSidecar: text[.timelineNative, main]
        case .main: text[.timelineMain]
        case .sidecar: text[.timelineSidecar, main]
        }
    }

    /// The timeline as a self-contained SVG.
    public func svg() -> String {
        let margin = 20
        let labels = pod.containers.map(\.caption)
        let labelWidth = (labels.map(SVGDocument.width(of:)).max() ?? 0) + 24
        let steps = ordered.count
        let startX = margin + labelWidth
        let runX = startX + max(steps * Self.stepWidth, SVGDocument.width(of: text[.timelineStart]) + 16)
        let captions = pod.containers.filter { $0.kind != .initContainer }.map(caption)
        let runWidth = max(160, (captions.map(SVGDocument.width(of:)).max() ?? 0) + 24)
        let stopX = runX + runWidth
        let stopSteps = 1 + natives.count
        let initCaptionWidth = SVGDocument.width(of: text[.timelineInit]) + 16
        let stopWidth = max(stopSteps * Self.stepWidth, SVGDocument.width(of: text[.timelineStop]) + 16)
        let endX = max(stopX + stopWidth, runX + initCaptionWidth)
        let title = text[.timelineTitle, ["pod": pod.title]]
        var document = SVGDocument()
        document.text(title, x: margin, y: margin + 14, fill: SVGDocument.accent, bold: true)
        let axisY = margin + 44
        for (phase, x) in [(TextKey.timelineStart, startX), (.timelineRunning, runX), (.timelineStop, stopX)] {
            document.text(text[phase], x: x + 4, y: axisY, fill: SVGDocument.accent)
            document.path("M \(x) \(axisY + 8) V \(axisY + 14 + pod.containers.count * Self.laneHeight)", arrow: false,
                          stroke: SVGDocument.muted)
        }
        var y = axisY + 16
        for container in pod.containers {
            document.text(container.caption, x: margin, y: y + 16)
            let (from, to) = span(container, startX: startX, runX: runX, stopX: stopX)
            let id = "bar-" + container.id
            document.rect(x: from, y: y, width: max(8, to - from), height: Self.barHeight, id: id, style: PodPicture.style(container.kind))
            if container.kind == .initContainer {
                document.text(caption(container), x: runX + 8, y: y + 16, fill: SVGDocument.muted)
            } else {
                document.text(caption(container), x: runX + 8, y: y + 16, inside: id)
            }
            y += Self.laneHeight
        }
        return document.rendered(width: endX + margin, height: y + margin, title: title)
    }

    /// Where a container's bar starts and ends: an init container its own step; a native sidecar from its step to
    /// its stop step (after the host, in reverse order); the host from the end of the start phase to the first stop
    /// step; a classic sidecar beside the host.
    func span(_ container: PictureContainer, startX: Int, runX: Int, stopX: Int) -> (Int, Int) {
        let step = Self.stepWidth
        switch container.kind {
        case .initContainer:
            let index = ordered.firstIndex(of: container) ?? 0
            return (startX + index * step + 4, startX + (index + 1) * step - 4)
        case .nativeSidecar:
            let index = ordered.firstIndex(of: container) ?? 0
            let stopIndex = natives.count - (natives.firstIndex(of: container) ?? 0)
            return (startX + index * step + 4, stopX + (stopIndex + 1) * step - 4)
        case .main, .sidecar:
            return (runX, stopX + step - 4)
        }
    }
}
