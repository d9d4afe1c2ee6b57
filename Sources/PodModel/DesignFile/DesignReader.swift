import Yams

/// Turns the root node of a design file into a `Design` through the schema's tables, field by field, in file order.
struct DesignReader {
    let reader: FieldReader

    init(reader: NodeReader, comments: LineComments) {
        self.reader = FieldReader(nodes: reader, comments: comments)
    }

    func design(_ root: Node) throws(DesignError) -> Design {
        var design = Design(name: "", main: MainContainer(name: "", image: ""))
        try DesignSchema.design.read(root, .file, into: &design, with: reader, last: DesignSchema.readLast)
        return design
    }
}
