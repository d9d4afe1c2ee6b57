extension FieldShape {
    /// The field's YAML for text as a person typed it; nil leaves the field out (an empty list or address).
    /// Text that is not what the shape wants is written as text, so the parser names the problem at its field.
    public func node(entered text: String) -> YAMLNode? {
        switch self {
        case .text, .answer: return .string(text)
        case .trimmedText:
            let trimmed = text.trimmingSpaces
            return trimmed.isEmpty ? nil : .string(trimmed)
        case .integer: return Self.number(text)
        case .paths:
            let paths = Self.items(text)
            return paths.isEmpty ? nil : .sequence(paths.map { .string($0) })
        case .ports:
            let ports = Self.items(text)
            return ports.isEmpty ? nil : .sequence(ports.map(Self.port))
        case .mapping, .list, .strings, .environment: return nil
        }
    }

    /// Comma- or space-separated items.
    public static func items(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }

    /// A whole number as a YAML number, anything else as text.
    static func number(_ text: String) -> YAMLNode {
        let trimmed = text.trimmingSpaces
        if !trimmed.isEmpty, trimmed.count <= 9, trimmed.allSatisfy(\.isASCII), trimmed.allSatisfy(\.isNumber), let value = Int(trimmed) {
            return .int(value)
        }
        return .string(trimmed)
    }

    /// A port typed as `dns=53/udp`: an optional `name=`, the number, an optional `/protocol`.
    static func port(_ item: String) -> YAMLNode {
        var rest = Substring(item)
        var name: String?
        var proto: String?
        if let equals = rest.firstIndex(of: "=") {
            name = String(rest[..<equals])
            rest = rest[rest.index(after: equals)...]
        }
        if let slash = rest.firstIndex(of: "/") {
            proto = rest[rest.index(after: slash)...].uppercased()
            rest = rest[..<slash]
        }
        let number = Self.number(String(rest))
        guard name != nil || proto != nil else { return number }
        var entries = [YAMLEntry(FieldKey.port.rawValue, number)]
        if let name { entries.append(YAMLEntry(FieldKey.name.rawValue, .string(name))) }
        if let proto { entries.append(YAMLEntry(FieldKey.portProtocol.rawValue, .string(proto))) }
        return .mapping(entries)
    }

    /// Ports as a person types them: `80, dns=53/udp`.
    public static func entered(_ ports: [Port]) -> String {
        ports.map { port in
            (port.name.map { "\($0)=" } ?? "") + String(port.number) + (port.proto == .TCP ? "" : "/" + port.proto.rawValue.lowercased())
        }.joined(separator: ", ")
    }
}
