import Yams

extension DesignSchema {
    /// A list of ports: numbers, or mappings with `port`, `name` and `protocol`.
    static func ports(_ node: Node, _ field: FieldPath, _ reader: FieldReadContext) throws(DesignError) -> [Port] {
        var ports: [Port] = []
        for (index, item) in try reader.nodes.list(node, field).enumerated() {
            let here = field[index]
            var port: Port
            if case .mapping = item {
                port = Port(number: 0, location: reader.nodes.location(item))
                try DesignSchema.port.read(item, here, into: &port, with: reader)
                if let name = port.name, ports.contains(where: { $0.name == name }) {
                    throw reader.nodes.error(item.mapping?["name"] ?? item, here / .name, .duplicatePortName(found: name))
                }
            } else if case .scalar = item {
                port = Port(number: try reader.nodes.integer(item, here, in: 1...65535), location: reader.nodes.location(item))
            } else {
                throw reader.nodes.error(item, here, .wrongType(found: NodeReader.found(item), expected: .port))
            }
            ports.append(port)
        }
        return ports
    }
}
