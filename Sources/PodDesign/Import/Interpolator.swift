/// Compose's variable substitution in one value, as `docker compose config` does it: `$NAME`, `${NAME}`,
/// `${NAME:-default}` (unset or empty), `${NAME-default}` (unset), `${NAME:?message}`, `${NAME?message}`,
/// `${NAME:+alternative}` (set and not empty), `${NAME+alternative}` (set), and `$$` for a literal `$`. Defaults,
/// messages and alternatives may themselves hold references. A `$` before anything else is kept as written.
struct Interpolator {
    /// The value of a variable, or nil when it is unset.
    let lookup: (String) -> String?

    /// The value substituted, with the plain references (`$NAME`, `${NAME}`) to unset variables, in order.
    func substitute(_ text: String) throws(InterpolationError) -> (text: String, unset: [VariableReference]) {
        guard text.contains("$") else { return (text, []) }
        let scalars = Array(text.unicodeScalars)
        var unset: [VariableReference] = []
        let out = try substitute(scalars[...], all: scalars, unset: &unset)
        return (out, unset)
    }

    /// Whether a name may start with the scalar, and go on with it.
    static func startsName(_ scalar: Unicode.Scalar) -> Bool { scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    static func continuesName(_ scalar: Unicode.Scalar) -> Bool { startsName(scalar) || ("0"..."9").contains(scalar) }

    /// The operators of the braced form, longest first.
    static let operators = [":-", ":?", ":+", "-", "?", "+"]

    private func substitute(
        _ text: ArraySlice<Unicode.Scalar>, all: [Unicode.Scalar], unset: inout [VariableReference]
    ) throws(InterpolationError) -> String {
        var out = String.UnicodeScalarView()
        var at = text.startIndex
        while at < text.endIndex {
            guard text[at] == "$", at + 1 < text.endIndex else {
                out.append(text[at])
                at += 1
                continue
            }
            let next = text[at + 1]
            if next == "$" {
                out.append("$")
                at += 2
            } else if Self.startsName(next) {
                var end = at + 1
                while end < text.endIndex, Self.continuesName(text[end]) { end += 1 }
                let name = String(String.UnicodeScalarView(text[(at + 1)..<end]))
                if let value = lookup(name) {
                    out.append(contentsOf: value.unicodeScalars)
                } else {
                    unset.append(reference(name, all, at..<end))
                }
                at = end
            } else if next == "{" {
                let close = try closingBrace(text, from: at, all: all)
                out.append(contentsOf: try braced(text, at..<(close + 1), all: all, unset: &unset).unicodeScalars)
                at = close + 1
            } else {
                out.append("$")
                at += 1
            }
        }
        return String(out)
    }

    /// The index of the `}` that closes the `${` at `start`, counting the `${` inside it.
    private func closingBrace(
        _ text: ArraySlice<Unicode.Scalar>, from start: Int, all: [Unicode.Scalar]
    ) throws(InterpolationError) -> Int {
        var depth = 0
        var at = start
        while at < text.endIndex {
            if text[at] == "$", at + 1 < text.endIndex, text[at + 1] == "{" {
                depth += 1
                at += 2
                continue
            }
            if text[at] == "}" {
                depth -= 1
                if depth == 0 { return at }
            }
            at += 1
        }
        throw .invalid(reference("", all, start..<text.endIndex))
    }

    /// The value of one `${...}`, whose scalars are `range` (from `$` to `}`).
    private func braced(
        _ text: ArraySlice<Unicode.Scalar>, _ range: Range<Int>, all: [Unicode.Scalar], unset: inout [VariableReference]
    ) throws(InterpolationError) -> String {
        let body = text[(range.lowerBound + 2)..<(range.upperBound - 1)]
        var end = body.startIndex
        while end < body.endIndex, end == body.startIndex ? Self.startsName(body[end]) : Self.continuesName(body[end]) { end += 1 }
        let name = String(String.UnicodeScalarView(body[body.startIndex..<end]))
        let written = reference(name, all, range)
        guard !name.isEmpty else { throw .invalid(written) }
        let value = lookup(name)
        let rest = body[end...]
        if rest.isEmpty {
            if value == nil { unset.append(written) }
            return value ?? ""
        }
        guard let op = Self.operators.first(where: { rest.starts(with: $0.unicodeScalars) }) else { throw .invalid(written) }
        let argument = rest.dropFirst(op.unicodeScalars.count)
        let empty = value?.isEmpty ?? true
        switch op {
        case ":-": return empty ? try substitute(argument, all: all, unset: &unset) : value!
        case "-":
            if let value { return value }
            return try substitute(argument, all: all, unset: &unset)
        case ":+": return empty ? "" : try substitute(argument, all: all, unset: &unset)
        case "+": return value == nil ? "" : try substitute(argument, all: all, unset: &unset)
        default:
            if let value, op == "?" || !value.isEmpty { return value }
            var ignored: [VariableReference] = []
            throw .required(written, message: try substitute(argument, all: all, unset: &ignored))
        }
    }

    /// The reference written at `range` of the whole value, with how many copies of its text come before it.
    private func reference(_ name: String, _ all: [Unicode.Scalar], _ range: Range<Int>) -> VariableReference {
        let written = Array(all[range])
        var occurrence = 0
        var at = 0
        while at + written.count <= range.lowerBound {
            if all[at..<(at + written.count)].elementsEqual(written) {
                occurrence += 1
                at += written.count
            } else {
                at += 1
            }
        }
        return VariableReference(name: name, written: String(String.UnicodeScalarView(written)), occurrence: occurrence)
    }
}
