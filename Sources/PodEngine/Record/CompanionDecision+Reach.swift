import PodText

extension CompanionDecision {
    /// How the main container reaches a companion placed in a pod of its own, in words (empty when co-located).
    public func reach(main: String, _ text: Catalog) -> String {
        guard case let .separate(kind) = placement else { return "" }
        let values = ["main": main, "name": companion.name, "port": companion.ports.first.map { String($0.number) } ?? ""]
        switch kind {
        case .job: return text[.reachJob, values]
        case .deployment: return text[companion.ports.isEmpty ? .reachServiceNoPort : .reachService, values]
        case .statefulSet: return text[companion.ports.isEmpty ? .reachStatefulSetNoPort : .reachStatefulSet, values]
        }
    }
}
