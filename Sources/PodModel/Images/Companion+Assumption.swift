extension Companion {
    /// The catalogue's entry for the companion's image, if it knows it.
    public var imageEntry: ImageEntry? { ImageCatalogue.entry(for: image) }

    /// The answer assumed for a question that was not given: the catalogue's for the image, else the default.
    public static func assumedAnswer(_ question: Question, image: String) -> Answer {
        ImageCatalogue.entry(for: image)?.assumed(question) ?? Answers().answer(to: question)
    }

    /// Where the assumed answer to a question comes from (whether or not it was given).
    public static func source(_ question: Question, image: String) -> AnswerSource {
        if let entry = ImageCatalogue.entry(for: image), entry.assumed(question) != nil { return .image(entry.name) }
        return .articlesDefault
    }

    /// Where an assumed answer of this companion comes from; nil when it was given.
    public func assumption(_ question: Question) -> AnswerSource? {
        answers.assumed.contains(question) ? Self.source(question, image: image) : nil
    }

    /// Sets every assumed answer from the catalogue or the defaults; given answers stay as they are.
    public mutating func assumeUnanswered() {
        for question in answers.assumed { answers.set(Self.assumedAnswer(question, image: image)) }
    }

    /// The assumed answers that mean something, grouped by where they came from (the image first, then the default).
    public var assumedBySource: [(source: AnswerSource, questions: [Question])] {
        var groups: [(source: AnswerSource, questions: [Question])] = []
        for question in answers.assumedQuestions {
            let source = Self.source(question, image: image)
            if let index = groups.firstIndex(where: { $0.source == source }) {
                groups[index].questions.append(question)
            } else {
                groups.append((source, [question]))
            }
        }
        return groups.sorted { $0.source != .articlesDefault && $1.source == .articlesDefault }
    }

    /// The given answers that go against what the catalogue says of the image (a `postgres` answered `stateless`).
    public var contradictions: [Answer] {
        guard let entry = imageEntry else { return [] }
        return answers.applicableQuestions.filter { !answers.assumed.contains($0) }
            .map { answers.answer(to: $0) }.filter(entry.contradicts)
    }
}
