/// Compose's `.env` format, as `.env` and `env_file` files are written: `NAME=value` lines, `export NAME=value`,
/// blank lines and `#` comments; a value in single quotes is literal, one in double quotes reads `\n`, `\t`, `\"`
/// and `\\`, and an unquoted one ends at ` #`. A quoted value may go on over several lines.
enum DotEnv {
    /// The entries in file order, and the lines (1-based) that are neither an entry, blank nor a comment.
    static func parse(_ text: String) -> (entries: [DotEnvEntry], bad: [Int]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        var entries: [DotEnvEntry] = []
        var bad: [Int] = []
        var index = 0
        while index < lines.count {
            let number = index + 1
            var line = Substring(lines[index].drop { $0 == " " || $0 == "\t" })
            index += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("export ") { line = line.dropFirst(7).drop { $0 == " " } }
            let nameEnd = line.firstIndex { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-") } ?? line.endIndex
            let name = String(line[..<nameEnd])
            var rest = line[nameEnd...].drop { $0 == " " || $0 == "\t" }
            guard let first = name.unicodeScalars.first, Interpolator.startsName(first) || first == "." else {
                bad.append(number)
                continue
            }
            if rest.isEmpty || rest.hasPrefix("#") {
                entries.append(DotEnvEntry(name: name, value: nil, interpolated: false, line: number, valueColumn: 1))
                continue
            }
            guard rest.hasPrefix("=") || rest.hasPrefix(":") else {
                bad.append(number)
                continue
            }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
            let column = lines[number - 1].unicodeScalars.count - rest.unicodeScalars.count + 1
            guard let quote = rest.first, quote == "\"" || quote == "'" else {
                entries.append(DotEnvEntry(name: name, value: unquoted(rest), interpolated: true, line: number, valueColumn: column))
                continue
            }
            // A quoted value ends at its closing quote, on this line or a later one.
            var body = String(rest.dropFirst())
            while closing(body, quote) == nil, index < lines.count {
                body += "\n" + lines[index]
                index += 1
            }
            let end = closing(body, quote) ?? body.endIndex
            let raw = String(body[..<end])
            entries.append(DotEnvEntry(
                name: name, value: quote == "'" ? raw : escaped(raw), interpolated: quote == "\"", line: number, valueColumn: column
            ))
        }
        return (entries, bad)
    }

    /// An unquoted value: up to a ` #` comment, without trailing blanks.
    static func unquoted(_ text: Substring) -> String {
        var value = text
        if let comment = value.range(of: " #") ?? value.range(of: "\t#") { value = value[..<comment.lowerBound] }
        while let last = value.last, last == " " || last == "\t" { value = value.dropLast() }
        return String(value)
    }

    /// The index of the quote that closes a value (not one escaped with `\` in double quotes).
    static func closing(_ body: String, _ quote: Character) -> String.Index? {
        var escape = false
        for index in body.indices {
            let character = body[index]
            if escape {
                escape = false
            } else if character == "\\", quote == "\"" {
                escape = true
            } else if character == quote {
                return index
            }
        }
        return nil
    }

    /// A double-quoted value with its escapes read.
    static func escaped(_ raw: String) -> String {
        var out = ""
        var escape = false
        for character in raw {
            guard escape else {
                if character == "\\" { escape = true } else { out.append(character) }
                continue
            }
            escape = false
            switch character {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "\"", "\\": out.append(character)
            default: out += "\\" + String(character)
            }
        }
        return out
    }
}
