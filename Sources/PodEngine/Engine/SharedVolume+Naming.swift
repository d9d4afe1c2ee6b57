extension SharedVolume {
    /// Volume names for shared paths: a DNS-1123 label made from each path, unique in the list.
    ///
    /// `/var/log/nginx` becomes `var-log-nginx`; a clash gets `-2`, `-3`, ...
    static func names(for paths: [String], reserved: Set<String> = []) -> [String] {
        var taken = reserved
        return paths.map { path in
            let base = slug(path)
            var name = base
            var counter = 2
            while taken.contains(name) {
                let suffix = "-\(counter)"
                name = String(base.prefix(63 - suffix.count)).trimmingHyphens() + suffix
                counter += 1
            }
            taken.insert(name)
            return name
        }
    }

    private static func slug(_ path: String) -> String {
        var out = ""
        for scalar in path.lowercased().unicodeScalars {
            if scalar.isASCIIAlphanumeric {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        let trimmed = String(out.prefix(63)).trimmingHyphens()
        return trimmed.isEmpty ? "shared" : trimmed
    }
}
