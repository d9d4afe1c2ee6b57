import PodModel

/// Turns names from Compose files and manifests into the names a design needs: unique DNS-1123
/// labels that start with a letter.
struct ImportNames {
    private var used: Set<String> = []

    /// The label for a name: lowercased, other characters made `-`, cut to 63, starting with a letter,
    /// and not one already given (a `-2`, `-3`... is added).
    mutating func label(for name: String) -> String {
        var text = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, NameRules.isLowerAlnum(UInt8(scalar.value)) {
                text.unicodeScalars.append(scalar)
            } else if !text.isEmpty, text.last != "-" {
                text += "-"
            }
        }
        if text.isEmpty || !NameRules.isLowerLetter(text.utf8.first!) { text = "c-" + text }
        text = String(text.prefix(58))
        while text.hasSuffix("-") { text.removeLast() }
        var candidate = text
        var number = 2
        while used.contains(candidate) {
            candidate = "\(text)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
