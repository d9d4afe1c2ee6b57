import StyledText
import PodText

extension AuditReport {
    /// The readable report of the entries not yet taken: findings grouped by resource in input order, unreadable
    /// documents where they were read, then a summary line (`AuditTextWriter`).
    public func lines(_ catalog: Catalog) -> [StyledLine] {
        var writer = AuditTextWriter(catalog)
        return writer.lines(entries) + writer.summary(self)
    }
}
