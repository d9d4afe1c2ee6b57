import Yams

extension ManifestImporter {
    /// The design of a starter manifest from podwright: the answers, channels, target and style from
    /// the main workload's `podwright.dev/design` annotation, the containers from the pods.
    /// Nil when the annotation or the pods do not read as one (the manifest is then read like any other).
    mutating func fromAnnotation(_ pod: ManifestWorkload, _ workloads: [ManifestWorkload]) -> ImportResult? {
        guard let annotation = pod.annotation, let node = DesignAnnotation.read(annotation.value) else { return nil }
        let entries = node["companions"]?.sequence.map(Array.init) ?? []
        let companionNames = Set(entries.compactMap { $0["name"]?.string })
        guard let main = pod.containers.first(where: { $0.kind == .regular && !companionNames.contains($0.name) }) else { return nil }
        var design = Design(
            name: pod.name,
            kubernetes: node["kubernetes"]?.string.flatMap(KubernetesVersion.init),
            sidecarStyle: node["sidecarStyle"]?.string.flatMap(SidecarStyle.init(rawValue:)) ?? .auto,
            main: MainContainer(
                name: main.name, image: main.image, workload: pod.workload,
                replicas: pod.workload.hasReplicas ? pod.replicas ?? 1 : 1, ports: main.ports
            )
        )
        let reason = text[.importWhyAnnotation, ["resource": pod.resource, "where": place(annotation.location)]]
        for entry in entries {
            guard let name = entry["name"]?.string else { continue }
            let container = pod.containers.first { $0.name == name }
                ?? workloads.first { $0.name == name && $0.partOf == pod.name }?.containers.first { $0.kind == .regular }
            guard let container else { continue }
            var companion = Companion(
                name: name, image: container.image, answers: Answers(assumed: Set(Question.allCases)), ports: container.ports
            )
            for question in Question.allCases {
                if let word = entry[question.rawValue]?.string { companion.infer(question, word, because: reason) }
            }
            companion.sharedPaths = entry["sharedPaths"]?.sequence?.compactMap(\.string) ?? []
            companion.localPort = entry["localPort"]?.string.flatMap { Int($0) }
            companion.upstream = entry["upstream"]?.string
            design.companions.append(companion)
        }
        let mainReason = text[.importMainAnnotation, ["name": main.name, "resource": pod.resource, "where": place(annotation.location)]]
        return ImportResult(design: design, comments: [mainReason], notes: notes)
    }
}
