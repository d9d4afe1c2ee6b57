import PodModel
import PodText
import Yams

/// Infers a design from a manifest: one pod's containers become the main container and its
/// companions, and the other workloads become companions placed apart. A starter manifest from
/// podwright carries its design's answers in an annotation, which are read back as they were.
struct ManifestImporter {
    let file: String
    let text: Catalog
    var notes: [ImportNote] = []
    private var names = ImportNames()

    init(file: String, catalog: Catalog) {
        self.file = file
        self.text = catalog
    }

    func place(_ location: SourceLocation) -> String { "\(file):\(location.line)" }

    mutating func design(_ workloads: [ManifestWorkload], main chosen: String?) throws(DesignError) -> ImportResult {
        let candidates = workloads.filter { !$0.containers.isEmpty }
        guard !candidates.isEmpty else { throw DesignError(file: file, location: .start, problem: .noPod) }
        if let annotated = candidates.first(where: { $0.annotation != nil }), chosen == nil,
           let result = fromAnnotation(annotated, candidates) {
            return result
        }
        let (pod, mainIndex) = try pickMain(candidates, chosen: chosen)
        let mainContainer = pod.containers[mainIndex]
        var designName = ImportNames()
        var design = Design(
            name: designName.label(for: pod.name),
            main: MainContainer(
                name: names.label(for: mainContainer.name), image: mainContainer.image, workload: pod.workload,
                replicas: pod.workload.hasReplicas ? pod.replicas ?? 1 : 1, ports: mainContainer.ports,
                settings: mainContainer.settings
            )
        )
        let reason = text[.importMainPod, ["name": mainContainer.name, "resource": pod.resource, "where": place(mainContainer.location)]]
        for (index, container) in pod.containers.enumerated() where index != mainIndex {
            design.companions.append(inPod(container, pod: pod, main: mainContainer))
        }
        for other in candidates where other != pod {
            design.companions.append(apart(other))
        }
        for index in design.companions.indices where design.companions[index].name == design.name {
            design.companions[index].name = names.label(for: design.name)
        }
        return ImportResult(design: design, comments: [reason], notes: notes.sorted { $0.location < $1.location })
    }

    /// The pod of the main container and its index: `--main` names a workload or a container; else the
    /// first workload that is neither a StatefulSet nor a Job, and its first regular container.
    func pickMain(_ workloads: [ManifestWorkload], chosen: String?) throws(DesignError) -> (ManifestWorkload, Int) {
        if let chosen {
            for pod in workloads {
                if let index = pod.containers.firstIndex(where: { $0.name == chosen }) { return (pod, index) }
                if pod.name == chosen { return (pod, pod.mainIndex) }
            }
            throw .unknownMain(chosen, allowed: workloads.flatMap { [$0.name] + $0.containers.map(\.name) }, file: file)
        }
        let pod = workloads.first { ![.stateful, .job].contains($0.workload) } ?? workloads[0]
        return (pod, pod.mainIndex)
    }

    /// A container beside the main one: its timing and scaling are facts of the pod; coupling is tight
    /// where it shares a volume with the main container or talks to localhost.
    mutating func inPod(_ container: ManifestContainer, pod: ManifestWorkload, main: ManifestContainer) -> Companion {
        var companion = Companion(
            name: names.label(for: container.name), image: container.image, answers: Answers(assumed: Set(Question.allCases)),
            ports: container.ports, settings: container.settings, location: container.location
        )
        let here = place(container.location)
        let values = ["resource": pod.resource, "main": main.name, "where": here]
        switch container.kind {
        case .initContainer: companion.infer(.timing(.beforeMain), because: text[.importWhyPodInit, values])
        case .nativeSidecar: companion.infer(.timing(.alongside), because: text[.importWhyPodNative, values])
        case .regular: companion.infer(.timing(.alongside), because: text[.importWhyPodRegular, values])
        }
        companion.infer(.scaling(.together), because: text[.importWhyPodSame, values])
        // A step that runs to completion keeps no state of its own, whatever its image; then what the catalogue knows.
        if !container.kind.longRunning {
            companion.infer(.state(.stateless), because: text[.importWhyPodInitStateless, values])
        }
        companion.inferFromImage(text, where: here)
        for mount in container.mounts where pod.sharingVolumes.contains(mount.volume) {
            guard let mainMount = main.mounts.first(where: { $0.volume == mount.volume }) else { continue }
            companion.infer(.coupling(.tight), because: text[.importWhyPodVolume, [
                "volume": mount.volume, "main": main.name, "where": place(mount.location),
            ]])
            let path = mainMount.path
            if NameRules.isMountPath(path), !companion.sharedPaths.contains(path) { companion.sharedPaths.append(path) }
            if mount.path != path {
                notes.append(ImportNote(location: mount.location, text: text[.importNoteOtherPath, [
                    "service": container.name, "volume": mount.volume, "path": mount.path,
                    "main": main.name, "mainPath": path,
                ]]))
            }
        }
        if container.mentionsLocalhost {
            companion.infer(.coupling(.tight), because: text[.importWhyPodLocalhost, ["name": container.name, "where": here]])
        }
        if main.mentionsLocalhost, !container.ports.isEmpty {
            companion.infer(.coupling(.tight), because: text[.importWhyPodLocalhost, ["name": main.name, "where": place(main.location)]])
        }
        companion.assumeUnanswered()
        return companion
    }

    /// Another workload's main container, as a companion placed apart: its scaling is its own.
    mutating func apart(_ pod: ManifestWorkload) -> Companion {
        let index = pod.mainIndex
        let container = pod.containers[index]
        var companion = Companion(
            name: names.label(for: pod.name), image: container.image, answers: Answers(assumed: Set(Question.allCases)),
            ports: container.ports, settings: container.settings, location: pod.location
        )
        let here = place(pod.location)
        if pod.workload == .stateful {
            companion.infer(.state(.stateful), because: text[.importWhyStatefulSet, ["resource": pod.resource, "where": here]])
        }
        if pod.workload == .job {
            companion.infer(.timing(.beforeMain), because: text[.importWhyJob, ["resource": pod.resource, "where": here]])
        }
        companion.infer(.scaling(.independent), because: text[.importWhyWorkload, ["kind": pod.kind.rawValue, "resource": pod.resource, "where": here]])
        companion.inferFromImage(text, where: here)
        companion.assumeUnanswered()
        let others = pod.containers.enumerated().filter { $0.offset != index }.map(\.element.name)
        if !others.isEmpty {
            notes.append(ImportNote(location: pod.location, text: text[.importNoteOtherContainers, [
                "resource": pod.resource, "names": others.joined(separator: ", "), "name": pod.name,
            ]]))
        }
        return companion
    }
}
