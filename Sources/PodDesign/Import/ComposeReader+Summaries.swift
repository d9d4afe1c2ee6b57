import PodModel
import Yams

extension ComposeReader {
    /// `links` as a list of `service` or `service:alias`: the service names.
    func links(_ node: Node, _ field: String) throws(DesignError) -> [Located<String>] {
        try reader.list(node, .compose(field)).map { item throws(DesignError) in
            let text = try reader.string(item, .compose(field))
            return Located(text.split(separator: ":").first.map(String.init) ?? text, at: reader.location(item))
        }
    }

    /// A `healthcheck` summed up with Compose's own words (`test: pg_isready -U app, interval: 5s`); nil when it is
    /// disabled (`disable: true`, `test: [NONE]`) or says nothing.
    static func healthcheck(_ node: Node) -> String? {
        guard node.mapping != nil, node["disable"]?.bool != true else { return nil }
        var parts: [String] = []
        if let test = node["test"] {
            var words = test.sequence.map { $0.compactMap(\.string) } ?? test.string.map { [$0] } ?? []
            if words.first == "NONE" { return nil }
            if ["CMD", "CMD-SHELL"].contains(words.first) { words.removeFirst() }
            if !words.isEmpty { parts.append("test: " + words.joined(separator: " ")) }
        }
        for key in ["interval", "timeout", "retries", "start_period"] {
            if let value = node[key]?.string { parts.append("\(key): \(value)") }
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
