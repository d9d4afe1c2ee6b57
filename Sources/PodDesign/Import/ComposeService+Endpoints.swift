import Foundation
import PodModel

extension ComposeService {
    /// The hosts and ports its environment names, in file order, then those of its command line.
    var endpoints: [ComposeEndpoint] {
        var out: [ComposeEndpoint] = []
        var values: [String: Located<String>] = [:]
        for entry in environment {
            guard let equals = entry.value.firstIndex(of: "=") else { continue }
            let name = entry.value[..<equals].uppercased()
            values[name] = entry
            for (host, port) in Self.hostPorts(in: String(entry.value[entry.value.index(after: equals)...])) {
                out.append(ComposeEndpoint(host: host, port: port, written: entry))
            }
        }
        // DB_HOST=db with DB_PORT=5432 (also HOSTNAME): a host and its port in two variables of one prefix.
        for entry in environment {
            guard let equals = entry.value.firstIndex(of: "=") else { continue }
            let name = entry.value[..<equals].uppercased()
            let host = entry.value[entry.value.index(after: equals)...].trimmingCharacters(in: .whitespaces).lowercased()
            guard let suffix = ["HOSTNAME", "HOST"].first(where: { name.hasSuffix($0) }), !host.isEmpty,
                  host.allSatisfy(\.isHostNameCharacter), let portEntry = values[String(name.dropLast(suffix.count)) + "PORT"],
                  let port = Int(portEntry.value.split(separator: "=", maxSplits: 1).last ?? ""), (1...65535).contains(port)
            else { continue }
            out.append(ComposeEndpoint(host: host, port: port, written: Located("\(entry.value), \(portEntry.value)", at: entry.location)))
        }
        for word in settings.command + settings.args {
            for (host, port) in Self.hostPorts(in: word) {
                out.append(ComposeEndpoint(host: host, port: port, written: Located(word, at: location)))
            }
        }
        return out
    }

    /// The `host:port` pairs in a text (`postgres://app:pw@db:5432/app` gives `db`, 5432), hosts lowercased.
    static func hostPorts(in text: String) -> [(host: String, port: Int)] {
        let characters = Array(text.lowercased())
        var out: [(host: String, port: Int)] = []
        for (index, character) in characters.enumerated() where character == ":" {
            var end = index + 1
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            guard end > index + 1, end - index - 1 <= 5, end == characters.count || !characters[end].isHostNameCharacter else { continue }
            var start = index
            while start > 0, characters[start - 1].isHostNameCharacter { start -= 1 }
            guard start < index, let port = Int(String(characters[(index + 1)..<end])), (1...65535).contains(port) else { continue }
            out.append((String(characters[start..<index]), port))
        }
        return out
    }
}
