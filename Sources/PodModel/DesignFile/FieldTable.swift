import Yams

/// The fields of one kind of mapping in a design file, in the order they are written.
public struct FieldTable<Value>: Sendable {
    public let fields: [DesignField<Value>]
    /// The fields read after the others, whatever their place in the file (checked against what the others say).
    public let readLast: Set<FieldKey>
    /// Every key the mapping allows, in order.
    public let keys: [FieldKey]
    /// The keys a mapping must have, in order.
    let requiredKeys: [FieldKey]
    /// Where each key's field is in `fields` (the first, should a key be in two).
    let positions: [FieldKey: Int]

    /// A table of these fields, in the order they are written.
    public init(fields: [DesignField<Value>], readLast: Set<FieldKey> = []) {
        self.fields = fields
        self.readLast = readLast
        keys = fields.map(\.key)
        requiredKeys = fields.filter(\.required).map(\.key)
        positions = keys.firstPositions { $0 }
    }

    /// The field of a key.
    public func field(_ key: FieldKey) -> DesignField<Value>? { positions[key].map { fields[$0] } }

    /// Reads a mapping into the value, field by field in file order (the `readLast` ones after the others), refusing
    /// unknown keys and reporting missing required ones; returns the nodes read, by key, for checks across fields.
    @discardableResult
    public func read(
        _ node: Node, _ path: FieldPath, into value: inout Value, with reader: FieldReadContext
    ) throws(DesignError) -> [(key: FieldKey, value: Node)] {
        let found = try reader.nodes.fields(node, path, allowed: keys, required: requiredKeys)
        for (key, child) in found.filter({ !readLast.contains($0.key) }) + found.filter({ readLast.contains($0.key) }) {
            try field(key)!.read(&value, child, path / key, reader)
        }
        return found
    }

    /// Reads what reads of a mapping and leaves the rest (a manifest's annotation: what does not read stays assumed).
    public func readLeniently(_ node: Node, into value: inout Value, with reader: FieldReadContext, only: (DesignField<Value>) -> Bool) {
        guard case let .mapping(mapping) = node else { return }
        for (keyNode, child) in mapping {
            guard let key = keyNode.string.flatMap(FieldKey.init(rawValue:)), let field = field(key), only(field) else { continue }
            var attempt = value
            if (try? field.read(&attempt, child, .top(key), reader)) != nil { value = attempt }
        }
    }

    /// The value's entries, in table order, of the fields that `only` keeps.
    public func entries(_ value: Value, only: (DesignField<Value>) -> Bool = { _ in true }) -> [YAMLEntry] {
        fields.filter(only).compactMap { field in
            field.write(value).map { YAMLEntry(field.key.rawValue, $0, comment: field.note(value)) }
        }
    }
}
