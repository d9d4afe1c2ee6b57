import PodModel

extension [AnswerCondition] {
    /// The answers these conditions read, each once, in the order the conditions read them.
    var questions: [Question] {
        var seen: [Question] = []
        for question in flatMap(\.questions) where !seen.contains(question) { seen.append(question) }
        return seen
    }
}
