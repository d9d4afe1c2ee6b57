import PodModel
import Yams

extension ComposeLoader {
    /// The value of a variable by name: the process environment wins over `.env`, as in Compose.
    var lookup: (String) -> String? {
        let variables = environment.variables, dotenv = dotenv
        return { variables[$0] ?? dotenv[$0] }
    }

    /// The node with every value interpolated (keys are left as written). A port of `ports` or `expose` that is
    /// empty once substituted (`"$DB_PORT"` with the variable unset) is taken out, with a note.
    mutating func interpolated(_ node: Node, field: String, service: String) throws(DesignError) -> Node {
        switch node {
        case let .scalar(scalar):
            guard scalar.string.contains("$") else { return node }
            let lookup = self.lookup
            let value = try substitute(scalar.string, at: location(scalar.mark), field: field, lookup: lookup)
            return Self.scalar(value, like: scalar)
        case .alias:
            return node
        case .sequence:
            let ports = field == "services.\(service).ports" || field == "services.\(service).expose"
            var items: [Node] = []
            for item in node.items {
                let value = try interpolated(item, field: field, service: service)
                if ports, item.string?.contains("$") == true, value.string?.allSatisfy({ $0 == " " }) == true {
                    notes.append(ImportNote(location: location(item.mark), text: text[.importNoteEmptyPort, [
                        "service": service, "written": item.string ?? "",
                    ]]))
                    continue
                }
                items.append(value)
            }
            return node.withItems(items)
        case .mapping:
            var pairs: [(Node, Node)] = []
            for (key, value) in node.pairs {
                pairs.append((key, try interpolated(value, field: "\(field).\(key.string ?? "")", service: service)))
            }
            return node.withPairs(pairs)
        }
    }

    /// A value interpolated at `location` (where the value starts), with each unset variable remembered where it is
    /// written; a required variable without a value, or a `${` Compose cannot read, is bad input there.
    mutating func substitute(
        _ value: String, at location: SourceLocation, field: String, lookup: @escaping (String) -> String?
    ) throws(DesignError) -> String {
        let result: (text: String, unset: [VariableReference])
        do {
            result = try Interpolator(lookup: lookup).substitute(value)
        } catch {
            switch error {
            case let .required(reference, message):
                throw DesignError(file: "", location: place(reference, from: location), field: .compose(field),
                                  problem: .requiredVariable(name: reference.name, message: message))
            case let .invalid(reference):
                throw DesignError(file: "", location: place(reference, from: location), field: .compose(field),
                                  problem: .badInterpolation(found: NodeReader.clip(reference.written)))
            }
        }
        for reference in result.unset where !unset.contains(where: { $0.name == reference.name }) {
            unset.append((reference.name, place(reference, from: location)))
        }
        return result.text
    }

    /// Where a reference is written, searching from where its value starts.
    func place(_ reference: VariableReference, from location: SourceLocation) -> SourceLocation {
        sources.locate(reference.written, occurrence: reference.occurrence, from: location)
    }

    /// The location of a mark, in the numbering of `sources`.
    func location(_ mark: Mark?) -> SourceLocation {
        mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? .start
    }

    /// An interpolated scalar, read as if written so: plain, so that `replicas: "${N}"` is the number it gives, as
    /// Compose casts it; text when empty or a null word, so that `KEY: ${UNSET}` sets KEY to "", as in Compose.
    static func scalar(_ value: String, like original: Node.Scalar) -> Node {
        guard !value.isEmpty, !["~", "null", "Null", "NULL"].contains(value) else { return .text(value, at: original.mark) }
        return .scalar(Node.Scalar(value, .implicit, .plain, original.mark))
    }
}
