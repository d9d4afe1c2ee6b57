import PodModel

extension StarterManifest {
    /// The names conventional for a port number where nothing else names it.
    static let conventionalPortNames: [Int: String] = [80: "http", 8000: "http", 8080: "http", 443: "https", 8443: "https"]

    /// A container's ports with a name where the design gives none and one is known: the image catalogue's name for
    /// its first port, else the conventional name of the number (`http` for 80 and 8080), unless the container
    /// already uses that name. Services, probes and NetworkPolicies then refer to the port by name.
    public static func namedPorts(_ ports: [Port], image: String) -> [Port] {
        var used = Set(ports.compactMap(\.name))
        let catalogueName = ImageCatalogue.entry(for: image)?.portName
        return ports.enumerated().map { index, port in
            guard port.name == nil, port.proto == .TCP,
                  let name = (index == 0 ? catalogueName : nil) ?? conventionalPortNames[port.number],
                  !used.contains(name) else { return port }
            used.insert(name)
            var named = port
            named.name = name
            return named
        }
    }

    /// How a Service, a probe or a NetworkPolicy refers to a container port: by its name where it has one.
    static func reference(_ port: Port) -> YAMLNode {
        port.name.map { .string($0) } ?? .int(port.number)
    }
}
