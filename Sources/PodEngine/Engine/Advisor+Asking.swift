import PodModel

extension Advisor {
    /// The order the advisor asks the co-location questions in: the rules' own order (`state` first, whose one answer
    /// `stateful` ends the list, then `scaling` and `timing`), then what it does for the main container and whether the
    /// main code can change, and last the lifecycle and coupling that only `separate.independent` reads.
    /// docs/DECISIONS.md (2026-12-03, issue 14) says why.
    public static let askingOrder: [Question] = [.state, .scaling, .timing, .function, .mainCodeChangeable, .lifecycle, .coupling]

    /// The questions not answered in `given` whose answer can still change the rule or the role of a companion, in
    /// the asking order: the others cannot change where it goes, whatever they are answered.
    public static func questionsThatMatter(given: [Answer]) -> [Question] {
        OutcomeTable.decision.openQuestions(given: given, in: askingOrder)
    }
}
