import Yams

extension DesignSchema {
    /// The keys of a probe that say what it checks; a probe has exactly one.
    static let probeChecks: [FieldKey] = [.exec, .http, .tcp]

    /// A container's `probe`: one check (`exec`, `http` with `port`, or `tcp`) and its timing, in seconds.
    public static let probe = FieldTable<ContainerProbe>(fields: [
        DesignField(.exec, .strings, read: { probe, node, path, r throws(DesignError) in
            let command = try r.nodes.strings(node, path)
            guard !command.isEmpty else { throw r.nodes.error(node, path, .probeEmptyCommand) }
            probe.check = .exec(command)
        }, write: { probe in
            guard case let .exec(command) = probe.check else { return nil }
            return strings(command)
        }),
        DesignField(.http, .trimmedText, read: { probe, node, path, r throws(DesignError) in
            let text = try r.nodes.text(node, path)
            guard text.hasPrefix("/"), !text.contains(where: { $0 == " " || $0.isNewline }) else {
                throw r.nodes.error(node, path, .notHTTPPath(found: NodeReader.clip(text)))
            }
            probe.check = .http(path: text, port: 0)
        }, write: { probe in
            guard case let .http(path, _) = probe.check else { return nil }
            return .string(path)
        }),
        DesignField(.tcp, .integer, read: { probe, node, path, r throws(DesignError) in
            probe.check = .tcp(port: try r.nodes.integer(node, path, in: 1...65535))
        }, write: { probe in
            guard case let .tcp(port) = probe.check else { return nil }
            return .int(port)
        }),
        DesignField(.port, .integer, read: { probe, node, path, r throws(DesignError) in
            guard case let .http(httpPath, _) = probe.check else { throw r.nodes.error(node, path, .probePortWithoutHTTP) }
            probe.check = .http(path: httpPath, port: try r.nodes.integer(node, path, in: 1...65535))
        }, write: { probe in
            guard case let .http(_, port) = probe.check else { return nil }
            return .int(port)
        }),
        timing(.interval, \.interval, 1...3600),
        timing(.timeout, \.timeout, 1...3600),
        timing(.retries, \.retries, 1...100),
        timing(.startPeriod, \.startPeriod, 1...3600),
    ], readLast: [.port])  // the port belongs to the http check, wherever it is written

    /// One timing field of a probe: a whole number in a range.
    static func timing(
        _ key: FieldKey, _ keyPath: WritableKeyPath<ContainerProbe, Int?> & Sendable, _ range: ClosedRange<Int>
    ) -> DesignField<ContainerProbe> {
        DesignField(key, .integer, read: { probe, node, path, r throws(DesignError) in
            probe[keyPath: keyPath] = try r.nodes.integer(node, path, in: range)
        }, write: { $0[keyPath: keyPath].map { .int($0) } })
    }

    /// Reads a `probe` mapping: exactly one check, and a port with an http check.
    static func readProbe(_ node: Node, _ path: FieldPath, _ r: FieldReadContext) throws(DesignError) -> ContainerProbe {
        if case let .mapping(mapping) = node {
            let checks = mapping.filter { key, _ in probeChecks.contains { $0.rawValue == key.string } }
            guard checks.count == 1 else {
                let found = checks.compactMap(\.key.string)
                throw r.nodes.error(checks.dropFirst().first?.key ?? node, path, .probeCheckCount(found: found))
            }
        }
        var probe = ContainerProbe(check: .exec([]))
        try DesignSchema.probe.read(node, path, into: &probe, with: r)
        if case .http(_, 0) = probe.check { throw r.nodes.error(node, path, .missingField(name: FieldKey.port.rawValue)) }
        return probe
    }
}
