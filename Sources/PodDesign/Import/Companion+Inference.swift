import PodModel

extension Companion {
    /// Gives an answer that was inferred rather than asked, with the note that says where it came from;
    /// the first inference of a question wins, so stronger evidence is applied first.
    mutating func infer(_ answer: Answer, because note: String) {
        let question = answer.question
        guard answers.assumed.contains(question) else { return }
        answers.set(answer)
        answers.assumed.remove(question)
        notes[question] = note
    }
}
