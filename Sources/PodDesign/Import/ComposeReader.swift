import PodModel
import Yams

/// Reads the services of a Compose file as `ComposeLoader` gives them (merged, interpolated, `extends` followed):
/// only the fields `import` infers from; the loader notes the others. Shapes it needs and cannot read are errors.
struct ComposeReader {
    let reader: NodeReader

    /// The services in file order, and the named volumes the file declares.
    func services(_ root: Node) throws(DesignError) -> [ComposeService] {
        guard let services = root["services"] else { throw reader.error(root, .file, .missingField(name: "services")) }
        guard case let .mapping(mapping) = services else {
            throw reader.error(services, .compose("services"), .wrongType(found: NodeReader.found(services), expected: .mapping))
        }
        var out: [ComposeService] = []
        for (key, value) in mapping {
            let name = try reader.string(key, .compose("services"))
            out.append(try service(name, Self.merged(value), at: reader.location(key)))
        }
        guard !out.isEmpty else { throw reader.error(services, .compose("services"), .missingField(name: "services.*")) }
        return out
    }

    /// A mapping with its `<<` merge keys applied: keys written in the mapping win over merged ones.
    static func merged(_ node: Node) -> Node {
        guard case let .mapping(mapping) = node, mapping.keys.contains(where: { $0.string == "<<" }) else { return node }
        var pairs: [(Node, Node)] = []
        var inherited: [(Node, Node)] = []
        for (key, value) in mapping {
            guard key.string == "<<" else {
                pairs.append((key, value))
                continue
            }
            let sources = value.sequence.map(Array.init) ?? [value]
            for source in sources {
                guard case let .mapping(inner) = Self.merged(source) else { continue }
                for (innerKey, innerValue) in inner where !inherited.contains(where: { $0.0 == innerKey }) {
                    inherited.append((innerKey, innerValue))
                }
            }
        }
        let written = Set(pairs.map(\.0.string))
        let all = inherited.filter { !written.contains($0.0.string) } + pairs
        return .mapping(Node.Mapping(all, mapping.tag, mapping.style, mapping.mark))
    }

    func service(_ name: String, _ node: Node, at location: SourceLocation) throws(DesignError) -> ComposeService {
        let field = "services.\(name)"
        guard case let .mapping(mapping) = node else {
            throw reader.error(node, .compose(field), .wrongType(found: NodeReader.found(node), expected: .mapping))
        }
        var service = ComposeService(name: name, location: location)
        service.settings = ContainerSettings(composeService: node)
        var resourcesLocation: SourceLocation?
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let here = "\(field).\(key)"
            switch key {
            case "image": service.image = Located(try reader.string(value, .compose(here)), at: reader.location(value))
            case "build":
                let context = value.mapping.map { $0["context"]?.string ?? "." } ?? (value.string ?? ".")
                service.build = Located(context, at: reader.location(keyNode))
            case "ports":
                for item in try reader.list(value, .compose(here)) {
                    if let port = try port(item, here) {
                        service.ports.append(port)
                        service.publishes = true
                    } else {
                        service.portRanges.append(Located(item.string ?? "", at: reader.location(item)))
                    }
                }
            case "expose":
                for item in try reader.list(value, .compose(here)) {
                    if let port = try port(item, here) {
                        service.ports.append(port)
                    } else {
                        service.portRanges.append(Located(item.string ?? "", at: reader.location(item)))
                    }
                }
            case "volumes":
                for item in try reader.list(value, .compose(here)) { service.mounts.append(try mount(item, here)) }
            case "volumes_from":
                for item in try reader.list(value, .compose(here)) {
                    let text = try reader.string(item, .compose(here))
                    guard !text.hasPrefix("container:") else { continue }
                    let source = text.split(separator: ":").first.map(String.init) ?? text
                    service.volumesFrom.append(Located(source, at: reader.location(item)))
                }
            case "network_mode": service.networkMode = Located(try reader.string(value, .compose(here)), at: reader.location(value))
            case "environment": service.environment = try environment(value, here)
            case "depends_on": service.dependsOn = try dependencies(value, here)
            case "links":
                service.links = try links(value, here)
                service.linkAliases = value.sequence?.compactMap { item in
                    item.string.flatMap { $0.contains(":") ? Located($0, at: reader.location(item)) : nil }
                } ?? []
            case "healthcheck":
                if let (probe, leftOut) = ComposeHealthcheck.probe(value) {
                    service.settings.probe = probe
                    if !leftOut.isEmpty { service.healthcheck = Located(leftOut.joined(separator: ", "), at: reader.location(keyNode)) }
                } else if value["test"] != nil, let summary = Self.healthcheck(value) {
                    service.healthcheck = Located(summary, at: reader.location(keyNode))
                }
            case "cpus", "mem_limit", "mem_reservation":
                resourcesLocation = resourcesLocation ?? reader.location(keyNode)
                var resources = service.settings.resources ?? ContainerResources()
                if ComposeResources.add(key: key, value: value.string ?? "", to: &resources) {
                    service.settings.resources = resources
                } else {
                    service.add(resource: "\(key): \(value.string ?? "")", at: reader.location(keyNode))
                }
            case "scale": service.replicas = Located(try reader.integer(value, .compose(here), in: 0...100_000), at: reader.location(value))
            case "deploy":
                if let replicas = value["replicas"] {
                    service.replicas = Located(try reader.integer(replicas, .compose("\(here).replicas"), in: 0...100_000), at: reader.location(replicas))
                }
                if let node = value["resources"] {
                    resourcesLocation = reader.location(value.mapping?.keys.first { $0.string == "resources" } ?? node)
                    var resources = service.settings.resources ?? ContainerResources()
                    let leftOut = ComposeResources.add(deploy: node, to: &resources)
                    if resources != ContainerResources() { service.settings.resources = resources }
                    if !leftOut.isEmpty {
                        service.add(resource: leftOut.joined(separator: ", "), at: resourcesLocation ?? reader.location(node))
                    }
                }
            default: continue
            }
        }
        if var resources = service.settings.resources {
            let dropped = ComposeResources.dropRequestsAboveLimits(&resources)
            service.settings.resources = resources
            if !dropped.isEmpty { service.requestsAboveLimits = Located(dropped.joined(separator: ", "), at: resourcesLocation ?? service.location) }
        }
        return service
    }

    /// A port of `ports` or `expose`: `80`, `"8080:80"`, `"127.0.0.1:8080:80/udp"`, or `{target: 80, published: 8080}`.
    /// A range (`"3000-3005"`) gives nil.
    func port(_ node: Node, _ field: String) throws(DesignError) -> Port? {
        let location = reader.location(node)
        if case .mapping = node {
            guard let target = node["target"] else { throw reader.error(node, .compose(field), .missingField(name: "target")) }
            let number = try reader.integer(target, .compose("\(field).target"), in: 1...65535)
            let proto = node["protocol"]?.string.flatMap { PortProtocol(rawValue: $0.uppercased()) } ?? .TCP
            return Port(number: number, proto: proto, location: location)
        }
        var text = Substring(try reader.string(node, .compose(field)))
        var proto = PortProtocol.TCP
        if let slash = text.lastIndex(of: "/") {
            guard let value = PortProtocol(rawValue: text[text.index(after: slash)...].uppercased()) else {
                throw reader.error(node, .compose(field), .badWord(found: String(text[text.index(after: slash)...]), suggestion: nil,
                                                         allowed: PortProtocol.allCases.map { $0.rawValue.lowercased() }))
            }
            proto = value
            text = text[..<slash]
        }
        let container = text.split(separator: ":", omittingEmptySubsequences: false).last ?? text
        guard !container.contains("-") else { return nil }
        guard let number = Int(container), (1...65535).contains(number) else {
            throw reader.error(node, .compose(field), .wrongType(found: NodeReader.found(node), expected: .port))
        }
        return Port(number: number, proto: proto, location: location)
    }

    /// A volume entry: `name:/path[:mode]`, `./host:/path`, `/path`, or `{type, source, target}`.
    func mount(_ node: Node, _ field: String) throws(DesignError) -> ComposeMount {
        let location = reader.location(node)
        if case .mapping = node {
            guard let target = node["target"]?.string else { throw reader.error(node, .compose(field), .missingField(name: "target")) }
            let type = node["type"]?.string ?? "volume"
            let source = node["source"]?.string
            return ComposeMount(source: type == "tmpfs" ? nil : source, named: type == "volume", target: target, location: location,
                                readOnly: node["read_only"]?.bool == true)
        }
        let parts = try reader.string(node, .compose(field)).split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return ComposeMount(source: nil, named: false, target: parts[0], location: location) }
        let source = parts[0]
        let named = !(source.hasPrefix("/") || source.hasPrefix(".") || source.hasPrefix("~") || source.hasPrefix("$"))
        let readOnly = parts.count > 2 && parts[2].split(separator: ",").contains("ro")
        return ComposeMount(source: source, named: named, target: parts[1], location: location, readOnly: readOnly)
    }

    /// `environment` as a list of `NAME=value` or a mapping of name to value.
    func environment(_ node: Node, _ field: String) throws(DesignError) -> [Located<String>] {
        if case let .mapping(mapping) = node {
            return mapping.map { key, value in Located("\(key.string ?? "")=\(value.string ?? "")", at: reader.location(key)) }
        }
        return try reader.list(node, .compose(field)).map { item throws(DesignError) in
            Located(try reader.string(item, .compose(field)), at: reader.location(item))
        }
    }

    /// `depends_on` as a list of names or a mapping of name to `{condition: ...}`.
    func dependencies(_ node: Node, _ field: String) throws(DesignError) -> [Located<ComposeDependency>] {
        if case let .mapping(mapping) = node {
            return mapping.map { key, value in
                let condition = value["condition"]?.string ?? "service_started"
                return Located(ComposeDependency(service: key.string ?? "", condition: condition), at: reader.location(key))
            }
        }
        return try reader.list(node, .compose(field)).map { item throws(DesignError) in
            Located(ComposeDependency(service: try reader.string(item, .compose(field)), condition: "service_started"), at: reader.location(item))
        }
    }
}
