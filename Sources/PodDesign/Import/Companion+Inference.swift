extension Companion {
    /// Gives an answer that was inferred rather than asked, with the note that says where it came from;
    /// the first inference of a question wins, so stronger evidence is applied first; a word that is
    /// not an answer leaves the question assumed.
    mutating func infer(_ question: Question, _ word: String, because note: String) {
        guard answers.assumed.contains(question) else { return }
        var known = true
        switch question {
        case .lifecycle: if let value = Lifecycle(rawValue: word) { answers.lifecycle = value } else { known = false }
        case .coupling: if let value = Coupling(rawValue: word) { answers.coupling = value } else { known = false }
        case .scaling: if let value = Scaling(rawValue: word) { answers.scaling = value } else { known = false }
        case .mainCodeChangeable:
            if ["yes", "no"].contains(word) { answers.mainCodeChangeable = word == "yes" } else { known = false }
        case .state: if let value = State(rawValue: word) { answers.state = value } else { known = false }
        case .timing: if let value = Timing(rawValue: word) { answers.timing = value } else { known = false }
        case .function: if let value = Function(rawValue: word) { answers.function = value } else { known = false }
        }
        guard known else { return }
        answers.assumed.remove(question)
        notes[question] = note
    }
}
