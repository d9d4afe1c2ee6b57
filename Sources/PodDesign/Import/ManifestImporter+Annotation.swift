import PodModel
import Yams

extension ManifestImporter {
    /// The design of a starter manifest from podwright: the schema's annotated fields (answers, channels, target
    /// and style) from the main workload's `podwright.dev/design` annotation, the containers from the pods (a
    /// companion placed apart is its workload's first regular container; one serving it is found in that pod).
    /// Nil when the annotation or the pods do not read as one (the manifest is then read like any other).
    mutating func fromAnnotation(_ pod: ManifestWorkload, _ workloads: [ManifestWorkload]) -> ImportResult? {
        guard let annotation = pod.annotation, let node = DesignAnnotation.read(annotation.value) else { return nil }
        let entries = node["companions"]?.sequence.map(Array.init) ?? []
        let companionNames = Set(entries.compactMap { $0["name"]?.string })
        guard let main = pod.containers.first(where: { $0.kind == .regular && !companionNames.contains($0.name) }) else { return nil }
        let reader = FieldReadContext(nodes: NodeReader(file: file, plainVersions: true), comments: nil)
        var design = Design(
            name: pod.name,
            main: MainContainer(
                name: main.name, image: main.image, workload: pod.workload,
                replicas: pod.workload.hasReplicas ? pod.replicas ?? 1 : 1, ports: main.ports, settings: main.settings
            )
        )
        DesignSchema.design.readLeniently(node, into: &design, with: reader) { $0.annotated }
        if let mainEntry = node["main"] {
            DesignSchema.main.readLeniently(mainEntry, into: &design.main, with: reader) { $0.annotated }
        }
        let reason = text[.importWhyAnnotation, ["resource": pod.resource, "where": place(annotation.location)]]
        for entry in entries {
            guard let name = entry["name"]?.string else { continue }
            let parts = workloads.filter { $0.partOf == pod.name }
            let container = pod.containers.first { $0.name == name }
                ?? parts.first { $0.name == name }?.containers.first { $0.kind == .regular }
                ?? parts.lazy.compactMap { $0.containers.first { $0.name == name } }.first
            guard let container else { continue }
            var companion = Companion(
                name: name, image: container.image, answers: Answers(assumed: Set(Question.allCases)), ports: container.ports,
                settings: container.settings
            )
            DesignSchema.companion.readLeniently(entry, into: &companion, with: reader) { $0.annotated && $0.key != .name }
            companion.assumeUnanswered()
            for question in Question.allCases where !companion.answers.assumed.contains(question) {
                companion.notes[question] = reason
            }
            design.companions.append(companion)
        }
        let mainReason = text[.importMainAnnotation, ["name": main.name, "resource": pod.resource, "where": place(annotation.location)]]
        return ImportResult(design: design, comments: [mainReason], notes: notes)
    }
}
