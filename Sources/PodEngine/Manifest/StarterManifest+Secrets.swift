import PodModel

extension StarterManifest {
    /// The name of the workload that runs a pod: the design's name for the main pod, else its host's.
    func workloadName(of pod: PodLayout) -> String {
        pod.host == design.main.name ? design.name : pod.host
    }

    /// The Secret a pod's containers read their `secretEnv` from: one per workload, `<workload>-secrets`.
    func secretName(of pod: PodLayout) -> String { workloadName(of: pod) + "-secrets" }

    /// The `secretKeyRef` items of a container's `secretEnv`. The first reference of a pod carries the command that
    /// creates its Secret with every key the pod reads, so the manifest names the Secret and never holds a value.
    func secretEntries(_ container: String, _ settings: ContainerSettings) -> [YAMLNode] {
        guard !settings.secretEnv.isEmpty else { return [] }
        let pod = pod(holding: container)
        let secret = secretName(of: pod)
        let everyContainer = containersInOrder(pod)
        let first = everyContainer.first { !$0.settings.secretEnv.isEmpty }?.name == container
        var keys: [String] = []
        for name in everyContainer.flatMap(\.settings.secretEnv) where !keys.contains(name) { keys.append(name) }
        let command = "kubectl create secret generic \(secret) " + keys.map { "--from-literal=\($0)=..." }.joined(separator: " ")
        return settings.secretEnv.enumerated().map { index, name in
            .mapping([
                YAMLEntry("name", .string(name)),
                YAMLEntry("valueFrom", .mapping([YAMLEntry("secretKeyRef", .mapping([
                    YAMLEntry("name", .string(secret), comment: first && index == 0 ? text[.todoSecret, ["command": command]] : nil),
                    YAMLEntry("key", .string(name)),
                ]))])),
            ])
        }
    }
}
