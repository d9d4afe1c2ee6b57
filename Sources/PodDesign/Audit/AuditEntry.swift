/// One item of an audit report, in the order the input gave it: a finding, or a document that could not be read.
public enum AuditEntry: Hashable, Sendable {
    case finding(AuditFinding)
    case problem(AuditProblem)
}
