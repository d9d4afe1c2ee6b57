import PodModel

extension StarterManifest {
    /// How many pods a pod layout's workload runs.
    func replicaCount(of pod: PodLayout) -> Int {
        pod.host == design.main.name && design.main.workload.hasReplicas ? design.main.replicas : 1
    }

    /// Whether a workload runs more than one replica of its pod (a Deployment's or a StatefulSet's), which a
    /// disruption budget and a spread over nodes are for.
    func isReplicated(_ pod: PodLayout) -> Bool {
        replicaCount(of: pod) > 1 && (pod.kind == .deployment || pod.kind == .statefulSet)
    }

    /// The pod-spec entries that keep a workload's pods apart and give them their own identity: its ServiceAccount
    /// without a token (unless an image of the pod needs the Kubernetes API), and, with more than one replica, a
    /// spread over nodes.
    func podIdentity(_ pod: PodLayout) -> [YAMLEntry] {
        let name = workloadName(of: pod)
        let apiImage = containersInOrder(pod).compactMap { catalogueEntry($0.image) }.first(where: \.api)
        var entries = [
            YAMLEntry("serviceAccountName", .string(name)),
            YAMLEntry("automountServiceAccountToken", .bool(apiImage != nil),
                      comment: apiImage.map { text[.manifestNeedsAPI, ["image": $0.name]] }),
        ]
        if isReplicated(pod) {
            entries.append(YAMLEntry("topologySpreadConstraints", .sequence([.mapping([
                YAMLEntry("maxSkew", .int(1)),
                YAMLEntry("topologyKey", .string("kubernetes.io/hostname")),
                YAMLEntry("whenUnsatisfiable", .string("ScheduleAnyway"), comment: text[.manifestSpread]),
                YAMLEntry("labelSelector", .mapping([YAMLEntry("matchLabels", labels(name))])),
            ])])))
        }
        return entries
    }

    /// The documents beside a pod's workload: its ServiceAccount, a PodDisruptionBudget when it runs more than one
    /// replica, and for a workload placed apart a NetworkPolicy that lets in only the workloads that reach it.
    func companionsOfWorkload(_ pod: PodLayout) -> [YAMLDocument] {
        let name = workloadName(of: pod)
        var documents = [YAMLDocument(root: .mapping([
            YAMLEntry("apiVersion", .string("v1")),
            YAMLEntry("kind", .string("ServiceAccount")),
            YAMLEntry("metadata", metadata(name)),
            YAMLEntry("automountServiceAccountToken", .bool(false)),
        ]))]
        if isReplicated(pod) {
            documents.append(YAMLDocument(root: object(apiVersion: "policy/v1", kind: "PodDisruptionBudget", name: name, spec: [
                YAMLEntry("maxUnavailable", .int(1), comment: text[.manifestDisruption]),
                YAMLEntry("selector", .mapping([YAMLEntry("matchLabels", labels(name))])),
            ])))
        }
        if pod.host != design.main.name { documents.append(YAMLDocument(root: networkPolicy(pod))) }
        return documents
    }

    /// The NetworkPolicy of a workload placed apart: ingress on its ports from the workload of the container it
    /// serves and from the workloads placed apart that serve it; none at all when it declares no port.
    func networkPolicy(_ pod: PodLayout) -> YAMLNode {
        let name = workloadName(of: pod)
        let served = companionPositions[pod.host].map { self.pod(holding: decision.companions[$0].host) }
        var peers = served.map { [workloadName(of: $0)] } ?? []
        peers += separatedServing[pod.host] ?? []
        let ports = companion(named: pod.host).map { Self.namedPorts($0.ports, image: $0.image) } ?? []
        var spec = [
            YAMLEntry("podSelector", .mapping([YAMLEntry("matchLabels", labels(name))])),
            YAMLEntry("policyTypes", .sequence([.string("Ingress")])),
        ]
        if !ports.isEmpty {
            spec.append(YAMLEntry("ingress", .sequence([.mapping([
                YAMLEntry("from", .sequence(peers.map { peer in
                    .mapping([YAMLEntry("podSelector", .mapping([YAMLEntry("matchLabels", labels(peer))]))])
                }), comment: text[.manifestIngressFrom]),
                YAMLEntry("ports", .sequence(ports.map { port in
                    var entries = [YAMLEntry("port", Self.reference(port))]
                    if port.proto != .TCP { entries.append(YAMLEntry("protocol", .string(port.proto.rawValue))) }
                    return .mapping(entries)
                })),
            ])])))
        }
        return object(apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", name: name, spec: spec)
    }
}
