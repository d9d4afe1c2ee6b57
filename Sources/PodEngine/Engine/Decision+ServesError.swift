import PodModel

extension Decision {
    /// The first `serves` that names a companion placed beside another container, as the bad input it is for a command
    /// that reads the file (one line, status 2); nil when every `serves` names a container that runs a pod.
    public func servesError(file: String) -> DesignError? {
        guard let finding = findings.first(where: { $0.check == .servesColocated }),
              let index = design.companions.firstIndex(where: { $0.name == finding.container }) else { return nil }
        return DesignError(
            file: file, location: finding.location, field: .companion(index, .serves),
            problem: .servesColocated(found: finding.facts["found"] ?? "", host: finding.facts["host"] ?? "")
        )
    }
}
