import PodModel
import PodText

/// The decided pods as a picture, independent of how it is drawn: each pod's containers and volumes in start
/// order, and the links between containers (localhost, the network, a job's run, the start order).
public struct PodPicture: Hashable, Sendable {
    public var pods: [PicturePod]
    public var links: [PictureLink]

    public init(pods: [PicturePod], links: [PictureLink]) {
        self.pods = pods
        self.links = links
    }

    /// The picture of a decision, its words in the catalog's language.
    public init(_ decision: Decision, catalog text: Catalog) {
        var pods: [PicturePod] = []
        var links: [PictureLink] = []
        var containerIDs: [String: String] = [:]
        for (index, layout) in decision.pods.enumerated() {
            let pod = PicturePod(decision, layout, index: index, catalog: text)
            for container in pod.containers where containerIDs[container.name] == nil { containerIDs[container.name] = container.id }
            links += pod.startOrder(then: text[.diagramThen])
            pods.append(pod)
        }
        for (index, layout) in decision.pods.enumerated() {
            links += Self.localhostLinks(decision, layout, pod: pods[index])
        }
        for item in decision.separated {
            guard case let .separate(workload) = item.placement, let from = containerIDs[item.host],
                  let to = containerIDs[item.companion.name] else { continue }
            if workload == .job {
                links.append(PictureLink(from: to, to: from, label: text[.diagramRunsOnce, ["main": item.host]], kind: .runsOnce))
            } else {
                let label = item.companion.ports.first.map { "\(item.companion.name):\($0.number)" } ?? item.companion.name
                links.append(PictureLink(from: from, to: to, label: label, kind: .network))
            }
        }
        self.init(pods: pods, links: links)
    }

    /// The links from a pod's host container to its ambassadors, over localhost on the ambassador's local port.
    static func localhostLinks(_ decision: Decision, _ layout: PodLayout, pod: PicturePod) -> [PictureLink] {
        guard let host = pod.containers.first(where: { $0.kind == .main }) else { return [] }
        return decision.colocated.compactMap { item in
            guard item.placement.role == .ambassador, item.host == layout.host, let local = item.companion.localPort,
                  let ambassador = pod.containers.first(where: { $0.name == item.companion.name }) else { return nil }
            let upstream = item.companion.upstream.map { " → \($0)" } ?? ""
            return PictureLink(from: host.id, to: ambassador.id, label: "localhost:\(local)\(upstream)", kind: .localhost)
        }
    }

    /// Every container of the picture, pod by pod.
    public var containers: [PictureContainer] { pods.flatMap(\.containers) }
}
