import PodDesign
import PodModel

extension AdvisorModel {
    /// Where keys go now.
    public var keyContext: KeyContext {
        if guide != nil { return .guide }
        if focus == .preview { return .preview }
        switch screen {
        case .start: return .start
        case let .mainForm(field): return field.choices == nil && field != .proceed ? .formText : .form
        case .companions: return .list
        case .question: return offeredPresets.isEmpty ? .question : .pick
        case .result: return .result
        case .quiz: return .quiz
        }
    }

    /// Whether printable keys type into a text field now.
    public var typing: Bool {
        guard focus == .questions, overlay == nil, guide == nil else { return false }
        switch screen {
        case let .mainForm(field): return field.choices == nil && field != .proceed
        case let .question(_, step): return !step.isChoice
        default: return false
        }
    }

    /// The items of the start menu, in order.
    public var startItems: [StartItem] {
        (resumable == nil ? [] : [.resume]) + [.new, .open, .patterns, .quiz, .quit]
    }

    /// The actions listed on the result screen, in order.
    public static let resultItems: [ResultItem] = [.finish, .saveDesign, .writeManifest, .exportRecord, .companions]

    /// The text of the field being typed into, if any.
    var typedText: String? {
        switch screen {
        case let .mainForm(field) where typing: return field.value(in: draft)
        case let .question(index, step) where typing && draft.companions.indices.contains(index):
            return draft.companions[index].text(of: step)
        default: return nil
        }
    }

    /// Replaces the text of the field being typed into.
    mutating func setTypedText(_ text: String) {
        switch screen {
        case let .mainForm(field): field.set(text, in: &draft)
        case let .question(index, step) where draft.companions.indices.contains(index):
            draft.companions[index].setText(text, of: step)
        default: break
        }
    }
}

/// An item of the start menu.
public enum StartItem: String, Hashable, Sendable { case resume, new, open, patterns, quiz, quit }

/// An action of the result screen.
public enum ResultItem: String, Hashable, Sendable { case finish, saveDesign, writeManifest, exportRecord, companions }

extension DraftCompanion {
    /// The text of a text step.
    public func text(of step: CompanionStep) -> String {
        switch step {
        case .name: name
        case .image: image
        case .serves: serves ?? ""
        case .sharedPaths: sharedPaths
        case .ports: ports
        case .localPort: localPort
        case .upstream: upstream
        case let .question(question): answer(question).word
        }
    }

    /// Sets the text of a text step.
    public mutating func setText(_ text: String, of step: CompanionStep) {
        switch step {
        case .name: name = text
        case .image: image = text
        case .serves: serves = text.isEmpty ? nil : text
        case .sharedPaths: sharedPaths = text
        case .ports: ports = text
        case .localPort: localPort = text
        case .upstream: upstream = text
        case let .question(question): if let answer = Answer(question, word: text) { setAnswer(answer) }
        }
    }
}
