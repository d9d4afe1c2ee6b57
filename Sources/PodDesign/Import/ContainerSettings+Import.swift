import PodModel
import PodEngine
import Yams

extension ContainerSettings {
    /// The settings of a manifest's container: its `command`, `args` and `env` (plain values; a `secretKeyRef`
    /// becomes a `secretEnv` name). What a design file cannot hold is left out: other `valueFrom` sources and
    /// names that are not variable names; a name set twice keeps its last setting, as Kubernetes does.
    init(manifestContainer node: Node) {
        self.init(command: Self.strings(node["command"]), args: Self.strings(node["args"]))
        for item in node["env"]?.sequence ?? [] {
            guard let name = item["name"]?.string, NameRules.isEnvName(name) else { continue }
            if let value = item["value"], let text = value.scalar?.string {
                set(name, value: text)
            } else if item["value"] == nil, item["valueFrom"]?["secretKeyRef"] != nil {
                set(name, value: nil)
            } else if item["value"] == nil, item["valueFrom"] == nil {
                set(name, value: "")
            }
        }
    }

    /// A Compose service's `entrypoint` and `command` (a list, or a string split into words as a shell does) and
    /// `environment` (a mapping or a `NAME=value` list; a name without a value, which Compose takes from the shell,
    /// is left out).
    init(composeService node: Node) {
        self.init(command: Self.words(node["entrypoint"]), args: Self.words(node["command"]))
        if let mapping = node["environment"]?.mapping {
            for (key, value) in mapping {
                guard let name = key.string, NameRules.isEnvName(name), let text = value.scalar?.string,
                      NodeReader.found(value) != .nothing else { continue }
                set(name, value: text)
            }
        } else {
            for item in node["environment"]?.sequence ?? [] {
                guard let text = item.string, let equals = text.firstIndex(of: "=") else { continue }
                let name = String(text[..<equals])
                guard NameRules.isEnvName(name) else { continue }
                set(name, value: String(text[text.index(after: equals)...]))
            }
        }
    }

    /// Sets a variable to a value, or to a Secret's (nil), replacing an earlier setting of the name.
    mutating func set(_ name: String, value: String?) {
        env.removeAll { $0.name == name }
        secretEnv.removeAll { $0 == name }
        if let value { env.append(EnvVariable(name, value)) } else { secretEnv.append(name) }
    }

    /// A list of scalars as text; anything else is none.
    static func strings(_ node: Node?) -> [String] {
        guard let items = node?.sequence else { return [] }
        let strings = items.compactMap { $0.scalar?.string }
        return strings.count == items.count ? strings : []
    }

    /// A Compose command: a list, or a string split into words as a shell does (`sh -c "a && b"` is three words).
    static func words(_ node: Node?) -> [String] {
        if let text = node?.scalar?.string, let node, NodeReader.found(node) != .nothing {
            return ShellWords.split(text)
        }
        return strings(node)
    }
}

extension ContainerSettings {
    /// The settings without the variables a starter manifest adds from the image catalogue (its data variable one
    /// level below the `data` claim, the variables it needs to run as its user), so a manifest from podwright gives
    /// back the design it came from.
    func droppingImageDefaults(image: String, mounts: [ManifestMount]) -> ContainerSettings {
        guard let entry = ImageCatalogue.entry(for: image) else { return self }
        let claim = mounts.first { $0.volume == PodLayout.dataClaimName }?.path
        var settings = self
        settings.env.removeAll { variable in
            entry.env.contains(variable) || claim.flatMap { entry.dataVariable(claimMountedAt: $0) } == variable
        }
        return settings
    }
}
