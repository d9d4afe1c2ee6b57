import PodModel

extension Draft {
    /// A companion name no other container of the design has (nor the design itself): `base` when it is free and not
    /// `numbered`, else `base-2`, `base-3`, ... with a number already at the end of `base` taken off first (a copy of
    /// `db-2` is `db-3`). The companion at `index` does not count, so that renaming it may keep its name.
    func freeName(_ base: String, numbered: Bool = false, except index: Int? = nil) -> String {
        let taken = Set(companions.indices.filter { $0 != index }.map { companions[$0].name } + [name, mainName])
        if !numbered, !base.isEmpty, !taken.contains(base) { return base }
        var stem = Substring(base.isEmpty ? "helper" : base)
        if let dash = stem.lastIndex(of: "-"), stem[stem.index(after: dash)...].allSatisfy(\.isNumber), stem.index(after: dash) < stem.endIndex {
            stem = stem[..<dash]
        }
        var number = 2
        while true {
            let suffix = "-\(number)"
            // A DNS label holds 63 characters: the stem gives way to the number.
            var head = stem.prefix(63 - suffix.count)
            while head.last == "-" { head = head.dropLast() }
            let candidate = String(head) + suffix
            if !taken.contains(candidate) { return candidate }
            number += 1
        }
    }

    /// Whether a companion still has the name the advisor gave it when it was added (`helper-3`), or none.
    static func isDefaultName(_ name: String) -> Bool {
        guard name.hasPrefix("helper-") else { return name.isEmpty }
        let number = name.dropFirst("helper-".count)
        return !number.isEmpty && number.allSatisfy(\.isNumber)
    }

    /// Puts a copy of the companion at `index` right after it, with every answer and field, under a free name.
    mutating func duplicateCompanion(at index: Int) {
        var copy = companions[index]
        copy.name = freeName(copy.name, numbered: true)
        companions.insert(copy, at: index + 1)
    }

    /// Moves the companion at `index` one place up (`offset` -1) or down (+1); the order is the order of the
    /// containers (and of the init containers, which run one after another) in the design file and the manifest.
    /// Returns whether it moved (not past either end).
    mutating func moveCompanion(at index: Int, by offset: Int) -> Bool {
        let target = index + offset
        guard companions.indices.contains(index), companions.indices.contains(target) else { return false }
        companions.swapAt(index, target)
        return true
    }
}
