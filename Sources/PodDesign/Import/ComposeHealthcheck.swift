import PodModel
import Yams

/// A Compose `healthcheck` as a design's probe: `test` becomes the check (a plain `curl -f` or `wget` of a
/// local URL an HTTP check, a shell form `sh -c`), `interval`, `timeout`, `retries` and `start_period` its timing.
enum ComposeHealthcheck {
    /// The probe, and the keys that could not be carried (with their values, for a note); nil when there is no check
    /// (`disable: true`, `test: [NONE]`, no `test`).
    static func probe(_ node: Node) -> (probe: ContainerProbe, leftOut: [String])? {
        guard node.mapping != nil, node["disable"]?.bool != true, let test = node["test"],
              let check = check(test) else { return nil }
        var probe = ContainerProbe(check: check)
        var leftOut: [String] = []
        for (key, range, keyPath) in [
            ("interval", 1...3600, \ContainerProbe.interval), ("timeout", 1...3600, \.timeout),
            ("start_period", 1...3600, \.startPeriod),
        ] as [(String, ClosedRange<Int>, WritableKeyPath<ContainerProbe, Int?>)] {
            guard let text = node[key]?.string else { continue }
            if let value = seconds(text) { probe[keyPath: keyPath] = min(max(value, range.lowerBound), range.upperBound) } else { leftOut.append("\(key): \(text)") }
        }
        if let text = node["retries"]?.string {
            if let value = Int(text), value >= 1 { probe.retries = min(value, 100) } else { leftOut.append("retries: \(text)") }
        }
        if let text = node["start_interval"]?.string { leftOut.append("start_interval: \(text)") }
        return (probe, leftOut)
    }

    /// The check of a `test`: `[CMD, ...]` runs as written, `[CMD-SHELL, "..."]` and a string through `sh -c`, unless
    /// the command only fetches a local URL (`curl -f http://localhost:8080/health`), which is an HTTP check.
    static func check(_ test: Node) -> ImageProbe? {
        if let text = test.string { return shellCheck(text) }
        guard let words = test.sequence?.compactMap(\.string), let form = words.first else { return nil }
        let rest = Array(words.dropFirst())
        switch form {
        case "CMD": return rest.isEmpty ? nil : httpCheck(rest) ?? .exec(rest)
        case "CMD-SHELL": return rest.isEmpty ? nil : shellCheck(rest.joined(separator: " "))
        default: return nil
        }
    }

    /// A shell command: an HTTP check when it is a plain fetch (an `|| exit 1` after it changes nothing), else `sh -c`.
    static func shellCheck(_ command: String) -> ImageProbe? {
        let trimmed = command.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let plain = trimmed.hasSuffix("|| exit 1") ? String(trimmed.dropLast("|| exit 1".count)) : trimmed
        if !plain.contains(where: { "|&;<>$`(){}*?".contains($0) }), let http = httpCheck(ShellWords.split(plain)) { return http }
        return .exec(["sh", "-c", trimmed])
    }

    /// Flags of curl and wget that only quiet them, fail on an HTTP error or follow redirects.
    static let fetchFlags: [String: Set<String>] = [
        "curl": ["-f", "--fail", "-s", "--silent", "-S", "--show-error", "-L", "--location", "-fs", "-sf", "-fsS", "-sS", "-Ss",
                 "-fsSL", "-sSf", "-fSs", "-sfL", "-fsL", "-fL", "-Lf", "-sL"],
        "wget": ["-q", "--quiet", "--spider", "-nv", "--no-verbose", "--tries=1", "-qO-", "-qO", "-O-", "-O", "-", "/dev/null",
                 "-S", "-t1", "--tries", "1"],
    ]

    /// The flags of `fetchFlags` that make curl fail on an HTTP error (wget always does), as an HTTP probe does.
    static let curlFailFlags = fetchFlags["curl", default: []].filter { $0 == "--fail" || (!$0.hasPrefix("--") && $0.contains("f")) }

    /// `curl`/`wget` with quiet flags and one URL on localhost: an HTTP GET of its path and port (80 by default).
    static func httpCheck(_ words: [String]) -> ImageProbe? {
        guard let program = words.first.map({ String($0.split(separator: "/").last ?? "") }),
              let flags = fetchFlags[program] else { return nil }
        let urls = words.dropFirst().filter { $0.hasPrefix("http://") }
        guard urls.count == 1, words.dropFirst().allSatisfy({ $0.hasPrefix("http://") || flags.contains($0) }),
              program != "curl" || words.contains(where: curlFailFlags.contains),
              let url = urls.first else { return nil }
        let afterScheme = url.dropFirst("http://".count)
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" }
        let path = String(afterScheme.dropFirst(authority.count))
        let parts = authority.split(separator: ":", maxSplits: 1)
        guard let host = parts.first, ["localhost", "127.0.0.1", "0.0.0.0"].contains(host.lowercased()) else { return nil }
        let port = parts.count == 2 ? Int(parts[1]) : 80
        guard let port, (1...65535).contains(port), !path.contains(" ") else { return nil }
        return .http(path: path.isEmpty ? "/" : path, port: port)
    }

    /// A Go duration (`30s`, `1m30s`, `500ms`, `1h`) in whole seconds, rounded up; nil when it is not one or is zero.
    static func seconds(_ text: String) -> Int? {
        let units: [(String, Double)] = [("ms", 0.001), ("us", 0.000_001), ("µs", 0.000_001), ("ns", 0.000_000_001), ("h", 3600), ("m", 60), ("s", 1)]
        var rest = Substring(text)
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            guard let (unit, scale) = units.first(where: { rest.hasPrefix($0.0) }) else { return nil }
            rest = rest.dropFirst(unit.count)
            total += value * scale
        }
        guard total > 0 else { return nil }
        return Int(total.rounded(.up))
    }
}
