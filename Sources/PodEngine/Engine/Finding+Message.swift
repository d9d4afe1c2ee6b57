import PodModel
import PodText

extension Finding {
    /// Why the check fired and what to do instead, in the catalog's language.
    public func message(_ catalog: Catalog) -> String {
        var values = facts
        values["container"] = container
        if let role = facts["role"], let key = Role(rawValue: role)?.textKey { values["role"] = catalog[key] }
        if let kind = facts["kind"], let key = ImageKind(rawValue: kind)?.textKey { values["kind"] = catalog[key] }
        return catalog[check.messageKey, values]
    }

    /// `FILE:LINE:COL: level[id]: message`, the line written to stderr.
    public func report(file: String, _ catalog: Catalog) -> String {
        "\(file):\(location): " + catalog[.findingLine, [
            "level": catalog[level.textKey], "id": check.rawValue, "message": message(catalog),
        ]]
    }
}
