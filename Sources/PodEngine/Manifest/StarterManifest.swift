import PodModel
import PodText

/// Builds the starter manifest of a decision: the main workload, its Service, and a workload per separated companion.
public struct StarterManifest {
    let decision: Decision
    let text: Catalog
    /// Where each container's pod is in `decision.pods`: the first pod that holds it, by the container's name.
    let podHolding: [String: Int]
    /// Where the pod built around each container is in `decision.pods`, by the container's name.
    let podHostedBy: [String: Int]
    /// The volumes each container of each pod mounts, by the container's name, in the order of `decision.pods`.
    let mounted: [[String: [SharedVolume]]]
    /// Where each companion is in `design.companions` (and `decision.companions`), by name: the first of a name.
    let companionPositions: [String: Int]
    /// The names of the companions placed apart, by the container they serve, in design order.
    let separatedServing: [String: [String]]
    /// The catalogue's entry for each image of the design (`nil` where it has none), looked up once.
    let imageEntries: [String: ImageEntry?]
    /// The scratch volumes of each pod, by the name of the container it is built around.
    private(set) var scratch: [String: [ScratchVolume]] = [:]

    public init(_ decision: Decision, catalog: Catalog) {
        self.decision = decision
        self.text = catalog
        var holding: [String: Int] = [:]
        for (position, pod) in decision.pods.enumerated() {
            for name in [pod.host] + pod.companions.map(\.companion.name) where holding[name] == nil { holding[name] = position }
        }
        podHolding = holding
        podHostedBy = decision.pods.firstPositions(by: \.host)
        mounted = decision.pods.map(\.volumesByContainer)
        companionPositions = decision.design.companions.firstPositions(by: \.name)
        var serving: [String: [String]] = [:]
        for item in decision.separated { serving[item.host, default: []].append(item.companion.name) }
        separatedServing = serving
        var entries: [String: ImageEntry?] = [:]
        for image in [decision.design.main.image] + decision.design.companions.map(\.image) where entries[image] == nil {
            entries[image] = .some(ImageCatalogue.entry(for: image))
        }
        imageEntries = entries
        scratch = Dictionary(uniqueKeysWithValues: decision.pods.map { ($0.host, scratchVolumes($0)) })
    }

    var design: Design { decision.design }

    /// The volumes a container mounts in its pod: `decision.pod(holding:).volumes(mountedBy:)`, looked up.
    func volumes(mountedBy container: String) -> [SharedVolume] {
        mounted.isEmpty ? [] : mounted[podHolding[container] ?? 0][container] ?? []
    }

    /// The pod a container runs in: `decision.pod(holding:)`, looked up.
    func pod(holding container: String) -> PodLayout {
        decision.pods.isEmpty ? decision.pod : decision.pods[podHolding[container] ?? 0]
    }

    /// The companion of this name: `design.companions.first { $0.name == name }`, looked up.
    func companion(named name: String) -> Companion? {
        companionPositions[name].map { design.companions[$0] }
    }

    /// The catalogue's entry for an image: `ImageCatalogue.entry(for:)`, looked up for the design's images.
    func catalogueEntry(_ image: String) -> ImageEntry? {
        if let entry = imageEntries[image] { return entry }
        return ImageCatalogue.entry(for: image)
    }

    /// The pod built around a container: `decision.pod(hostedBy:)`, looked up.
    func pod(hostedBy container: String) -> PodLayout? {
        podHostedBy[container].map { decision.pods[$0] }
    }

    /// The manifest as a multi-document YAML stream.
    public func yaml() -> String { YAMLWriter.write(documents()) }

    /// Every document of the manifest, in a fixed order.
    public func documents() -> [YAMLDocument] {
        var documents = [YAMLDocument(comments: header(), root: mainWorkload())]
        if let service = mainService() { documents.append(YAMLDocument(root: service)) }
        documents += companionsOfWorkload(decision.pod)
        for item in decision.separated {
            documents += separated(item)
            if let pod = decision.pod(hostedBy: item.companion.name) { documents += companionsOfWorkload(pod) }
        }
        return documents
    }

    func header() -> [String] {
        let style = text[decision.nativeSidecars ? .styleNative : .styleClassic]
        var lines = [
            text[.manifestHeader, ["design": design.name, "target": decision.target.description, "style": style]],
            text[.manifestExplainHint],
            text[.manifestMainIngress],
        ]
        for companion in design.companions {
            for (source, questions) in companion.assumedBySource {
                let words = questions.map { "\($0.rawValue)=\(companion.answers.word(for: $0))" }.joined(separator: ", ")
                switch source {
                case let .image(image):
                    lines.append(text[.manifestAssumedImage, ["container": companion.name, "image": image, "answers": words]])
                case .articlesDefault:
                    lines.append(text[.manifestAssumedDefault, ["container": companion.name, "answers": words]])
                }
            }
        }
        return lines
    }

    /// The recommended labels of a workload of this design.
    func labels(_ name: String) -> YAMLNode {
        .mapping([
            YAMLEntry("app.kubernetes.io/name", .string(name)),
            YAMLEntry("app.kubernetes.io/part-of", .string(design.name)),
        ])
    }

    func metadata(_ name: String, annotations: [YAMLEntry] = []) -> YAMLNode {
        var entries = [YAMLEntry("name", .string(name)), YAMLEntry("labels", labels(name))]
        if !annotations.isEmpty { entries.append(YAMLEntry("annotations", .mapping(annotations))) }
        return .mapping(entries)
    }

    /// A workload document: `apiVersion`, `kind`, `metadata`, then its spec.
    func workload(_ kind: WorkloadKind, name: String, spec: [YAMLEntry], annotations: [YAMLEntry] = []) -> YAMLNode {
        object(apiVersion: kind.apiVersion, kind: kind.rawValue, name: name, spec: spec, annotations: annotations)
    }

    /// An object document: `apiVersion`, `kind`, `metadata`, then its spec.
    func object(apiVersion: String, kind: String, name: String, spec: [YAMLEntry], annotations: [YAMLEntry] = []) -> YAMLNode {
        .mapping([
            YAMLEntry("apiVersion", .string(apiVersion)),
            YAMLEntry("kind", .string(kind)),
            YAMLEntry("metadata", metadata(name, annotations: annotations)),
            YAMLEntry("spec", .mapping(spec)),
        ])
    }

    /// `selector` (where the kind has one) and `template` for a controller whose pods carry the workload's labels.
    func template(_ name: String, kind: WorkloadKind, pod: [YAMLEntry]) -> [YAMLEntry] {
        var entries: [YAMLEntry] = []
        if kind.hasSelector { entries.append(YAMLEntry("selector", .mapping([YAMLEntry("matchLabels", labels(name))]))) }
        entries.append(YAMLEntry("template", .mapping([
            YAMLEntry("metadata", .mapping([YAMLEntry("labels", labels(name))])),
            YAMLEntry("spec", .mapping(pod)),
        ])))
        return entries
    }

    /// The name of a Service port: the container port's own name, or `tcp-80` style.
    static func servicePortName(_ port: Port) -> String {
        port.name ?? "\(port.proto.rawValue.lowercased())-\(port.number)"
    }

    /// A Service selecting the workload's pods; headless for StatefulSets.
    func service(_ name: String, ports: [Port], headless: Bool) -> YAMLNode {
        var spec: [YAMLEntry] = []
        if headless { spec.append(YAMLEntry("clusterIP", .string("None"), comment: text[.manifestHeadless])) }
        spec.append(YAMLEntry("selector", labels(name)))
        if !ports.isEmpty {
            spec.append(YAMLEntry("ports", .sequence(ports.map { port in
                var entries = [
                    YAMLEntry("name", .string(Self.servicePortName(port))),
                    YAMLEntry("port", .int(port.number)),
                    YAMLEntry("targetPort", Self.reference(port)),
                ]
                if port.proto != .TCP { entries.append(YAMLEntry("protocol", .string(port.proto.rawValue))) }
                return .mapping(entries)
            })))
        }
        return object(apiVersion: "v1", kind: "Service", name: name, spec: spec)
    }
}
