import PodModel
import PodText

extension AdvisorModel {
    /// A design error as the advisor shows it: the field named in words (`log-shipper › shared paths, item 1`, the
    /// form's `Image`) rather than by its path in a file the person has not seen (`companions[0].sharedPaths[0]`).
    public func describe(_ error: DesignError) -> String {
        error.message(catalog, naming: fieldWords(error.field))
    }

    /// The words for a field of the draft, or nil for a path the advisor does not ask.
    func fieldWords(_ path: FieldPath) -> String? {
        let text = catalog
        if let field = MainField.allCases.first(where: { $0.path == path }) { return text[field.labelKey] }
        let steps = path.steps
        guard steps.count >= 3, case .key(.companions) = steps[0], case let .index(index) = steps[1],
              case let .key(key) = steps[2], draft.companions.indices.contains(index)
        else { return nil }
        let name = draft.companions[index].name.isEmpty ? "?" : draft.companions[index].name
        let word: String = switch key {
        case .name: text[.uiFieldWordName]
        case .image: text[.uiFieldWordImage]
        case .sharedPaths: text[.uiFieldWordSharedPaths]
        case .ports: text[.uiFieldWordPorts]
        case .localPort: text[.uiFieldWordLocalPort]
        case .upstream: text[.uiFieldWordUpstream]
        default: key.rawValue
        }
        var words = text[.uiFieldWordCompanion, ["name": name, "field": word]]
        if steps.count >= 4, case let .index(item) = steps[3] {
            words = text[.uiFieldWordItem, ["field": words, "number": String(item + 1)]]
        }
        return words
    }
}
