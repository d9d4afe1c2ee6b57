extension Companion {
    /// The catalogue's entry for the companion's image, if it knows it.
    public var imageEntry: ImageEntry? { ImageCatalogue.entry(for: image) }

    /// What the catalogue says of a question for an image, where it applies: a step that runs once before the
    /// main container uses a database image as a client (a `psql` migration), so the image's `state` does not apply.
    static func catalogueAnswer(_ question: Question, image: String, timing: Timing) -> (entry: ImageEntry, answer: Answer)? {
        guard !(question == .state && timing == .beforeMain), let entry = ImageCatalogue.entry(for: image),
              let answer = entry.assumed(question)
        else { return nil }
        return (entry, answer)
    }

    /// The answer assumed for a question that was not given: the catalogue's for the image, else the default.
    public static func assumedAnswer(_ question: Question, image: String, timing: Timing) -> Answer {
        catalogueAnswer(question, image: image, timing: timing)?.answer ?? Answers().answer(to: question)
    }

    /// Where the assumed answer to a question comes from (whether or not it was given).
    public static func source(_ question: Question, image: String, timing: Timing) -> AnswerSource {
        catalogueAnswer(question, image: image, timing: timing).map { .image($0.entry.name) } ?? .articlesDefault
    }

    /// Where an assumed answer of this companion comes from; nil when it was given.
    public func assumption(_ question: Question) -> AnswerSource? {
        answers.assumed.contains(question) ? Self.source(question, image: image, timing: answers.timing) : nil
    }

    /// Sets every assumed answer from the catalogue or the defaults, the timing first (what else applies depends
    /// on it); given answers stay as they are.
    public mutating func assumeUnanswered() {
        let order = [Question.timing] + Question.allCases.filter { $0 != .timing }
        for question in order where answers.assumed.contains(question) {
            answers.set(Self.assumedAnswer(question, image: image, timing: answers.timing))
        }
    }

    /// The assumed answers that mean something, grouped by where they came from (the image first, then the default).
    public var assumedBySource: [(source: AnswerSource, questions: [Question])] {
        var groups: [(source: AnswerSource, questions: [Question])] = []
        for question in answers.assumedQuestions {
            let source = Self.source(question, image: image, timing: answers.timing)
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
            .filter { Self.catalogueAnswer($0, image: image, timing: answers.timing) != nil }
            .map { answers.answer(to: $0) }.filter(entry.contradicts)
    }
}
