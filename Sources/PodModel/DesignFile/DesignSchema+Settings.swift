import Yams

extension DesignSchema {
    /// The fields a design file sets for how a container runs, the same on the main container and on every companion,
    /// in the order they are written. The manifest shows `command`, `args` and `env`; the rest ride in its annotation
    /// (the probe and resources too: the manifest also writes starter ones, which must not read back as given).
    static func settingsFields<Value: ContainerSettingsHolder>() -> [DesignField<Value>] {
        [
            DesignField(.command, .strings, read: { value, node, path, r throws(DesignError) in
                value.settings.command = try r.nodes.strings(node, path)
            }, write: { strings($0.settings.command) }),
            DesignField(.args, .strings, read: { value, node, path, r throws(DesignError) in
                value.settings.args = try r.nodes.strings(node, path)
            }, write: { strings($0.settings.args) }),
            DesignField(.env, .environment, read: { value, node, path, r throws(DesignError) in
                value.settings.env = try r.nodes.env(node, path)
            }, write: { value in
                value.settings.env.isEmpty ? nil : .mapping(value.settings.env.map { YAMLEntry($0.name, .string($0.value)) })
            }),
            DesignField(.secretEnv, .strings, annotated: true, read: { value, node, path, r throws(DesignError) in
                value.settings.secretEnv = try r.nodes.secretNames(node, path)
            }, write: { strings($0.settings.secretEnv) }),
            DesignField(.dataPath, .trimmedText, annotated: true, read: { value, node, path, r throws(DesignError) in
                value.settings.dataPath = try r.nodes.mountPath(node, path)
            }, write: { $0.settings.dataPath.map { .string($0) } }),
            DesignField(.security, .text, annotated: true, read: { value, node, path, r throws(DesignError) in
                value.settings.security = try r.nodes.word(node, path, as: SecurityProfile.self)
            }, write: { $0.settings.security.map { .string($0.rawValue) } }),
            DesignField(.probe, .mapping, annotated: true, read: { value, node, path, r throws(DesignError) in
                value.settings.probe = try DesignSchema.readProbe(node, path, r)
            }, write: { $0.settings.probe.map { .mapping(DesignSchema.probe.entries($0)) } }),
            DesignField(.resources, .mapping, annotated: true, read: { value, node, path, r throws(DesignError) in
                value.settings.resources = try DesignSchema.readResources(node, path, r)
            }, write: { value in
                value.settings.resources.flatMap { resources in
                    let entries = DesignSchema.resources.entries(resources)
                    return entries.isEmpty ? nil : .mapping(entries)
                }
            }),
        ]
    }

    /// The keys of `settingsFields`, which the advisor does not ask and carries through as written.
    static let settingsKeys: [FieldKey] = (settingsFields() as [DesignField<Companion>]).map(\.key)

    /// A list of strings; nil when empty.
    static func strings(_ items: [String]) -> YAMLNode? {
        items.isEmpty ? nil : .sequence(items.map { .string($0) })
    }
}
