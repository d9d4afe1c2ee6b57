import Yams

extension DesignSchema {
    /// Checks every companion's `serves`: it names the main container or another companion, and following it never
    /// comes back to where it started. (That the container it names is placed apart is the engine's to say.)
    static func checkServes(_ design: Design, _ node: Node, _ path: FieldPath, _ r: FieldReadContext) throws(DesignError) {
        let items = node.sequence.map(Array.init) ?? []
        let names = [design.main.name] + design.companions.map(\.name)
        for (index, companion) in design.companions.enumerated() {
            guard let served = companion.serves else { continue }
            let servesNode = items.indices.contains(index) ? items[index].mapping?["serves"] ?? items[index] : node
            let field = path[index] / .serves
            guard names.contains(served) else {
                let others = names.filter { $0 != companion.name }
                throw r.nodes.error(servesNode, field, .servesUnknown(
                    found: NodeReader.clip(served), suggestion: NearestWord.find(served, in: others), allowed: others
                ))
            }
            if let chain = design.servesChain(from: companion.name), chain.last == companion.name {
                throw r.nodes.error(servesNode, field, .servesCycle(chain: chain.joined(separator: " → ")))
            }
        }
    }
}
