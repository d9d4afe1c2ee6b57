extension Companion {
    /// The catalogue's entry for the companion's image, if it knows it.
    public var imageEntry: ImageEntry? { ImageCatalogue.entry(for: image) }

    /// What the catalogue says of a question for an image, where it applies: a step that runs once before the
    /// main container uses a database image as a client (a `psql` migration), so the image's `state` does not apply.
    /// `entry` is the catalogue's entry for the image (nil when it does not know it), looked up once by the caller.
    static func catalogueAnswer(_ question: Question, entry: ImageEntry?, timing: Timing) -> (entry: ImageEntry, answer: Answer)? {
        guard !(question == .state && timing == .beforeMain), let entry, let answer = entry.assumed(question) else { return nil }
        return (entry, answer)
    }

    /// The answer assumed for a question that was not given: the catalogue's for the image, else the default.
    public static func assumedAnswer(_ question: Question, image: String, timing: Timing) -> Answer {
        assumedAnswer(question, entry: ImageCatalogue.entry(for: image), timing: timing)
    }

    /// `assumedAnswer(_:image:timing:)` with the image's catalogue entry already looked up.
    static func assumedAnswer(_ question: Question, entry: ImageEntry?, timing: Timing) -> Answer {
        catalogueAnswer(question, entry: entry, timing: timing)?.answer ?? Answers().answer(to: question)
    }

    /// Where the assumed answer to a question comes from (whether or not it was given).
    public static func source(_ question: Question, image: String, timing: Timing) -> AnswerSource {
        source(question, entry: ImageCatalogue.entry(for: image), timing: timing)
    }

    /// `source(_:image:timing:)` with the image's catalogue entry already looked up.
    static func source(_ question: Question, entry: ImageEntry?, timing: Timing) -> AnswerSource {
        catalogueAnswer(question, entry: entry, timing: timing).map { .image($0.entry.name) } ?? .articlesDefault
    }

    /// Where an assumed answer of this companion comes from; nil when it was given.
    public func assumption(_ question: Question) -> AnswerSource? {
        answers.assumed.contains(question) ? Self.source(question, image: image, timing: answers.timing) : nil
    }

    /// Sets every assumed answer from the catalogue or the defaults, the timing first (what else applies depends
    /// on it); given answers stay as they are.
    public mutating func assumeUnanswered() {
        let order = [Question.timing] + Question.allCases.filter { $0 != .timing }
        let entry = answers.assumed.isEmpty ? nil : imageEntry
        for question in order where answers.assumed.contains(question) {
            answers.set(Self.assumedAnswer(question, entry: entry, timing: answers.timing))
        }
    }

    /// The assumed answers that mean something, grouped by where they came from (the image first, then the default).
    public var assumedBySource: [(source: AnswerSource, questions: [Question])] {
        var groups: [(source: AnswerSource, questions: [Question])] = []
        let questions = answers.assumedQuestions
        let entry = questions.isEmpty ? nil : imageEntry
        for question in questions {
            let source = Self.source(question, entry: entry, timing: answers.timing)
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
        return contradictions(of: entry)
    }

    /// `contradictions`, given the catalogue's entry for the companion's image.
    public func contradictions(of entry: ImageEntry) -> [Answer] {
        answers.applicableQuestions.filter { !answers.assumed.contains($0) }
            .filter { Self.catalogueAnswer($0, entry: entry, timing: answers.timing) != nil }
            .map { answers.answer(to: $0) }.filter(entry.contradicts)
    }
}
