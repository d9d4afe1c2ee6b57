/// Where the keys are being pressed: decides which bindings apply and which the footer shows.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    case start, form, formText, list, question, result, preview, guide, quiz
    /// A companion's name or image step that offers the image catalogue's presets (↓/↑ pick one).
    case pick
}
