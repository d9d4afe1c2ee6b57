/// One well-known image of the catalogue: what it is, the answers it implies, and the facts a manifest needs.
public struct ImageEntry: Hashable, Sendable {
    /// The entry's name, as messages show it (`postgres`, `istio-proxy`).
    public let name: String
    /// The repository names it matches: a name, `a/b` for the last two path parts, or `*suffix`.
    public let match: [String]
    /// What the image is (a database, a log shipper, ...).
    public let kind: ImageKind
    /// The answers the image implies, by question: any of them fits, the first is the one assumed.
    public let answers: [Question: [Answer]]
    /// Where the image keeps its data, for a volume claim.
    public let dataPath: String?
    /// The ports it listens on.
    public let ports: [Int]
    /// The numeric user it runs as.
    public let user: Int?
    /// The probe it documents.
    public let probe: ImageProbe?
    /// Its line in Resources/images.yaml.
    public let line: Int

    /// An entry as the generated table writes it: answers as the words a design file uses (checked by the generator).
    init(
        name: String, match: [String], kind: ImageKind, answers: [Question: [String]], dataPath: String?,
        ports: [Int], user: Int?, probe: ImageProbe?, line: Int
    ) {
        self.name = name
        self.match = match
        self.kind = kind
        self.answers = answers.reduce(into: [:]) { result, pair in
            result[pair.key] = pair.value.map { word in
                guard let answer = Answer(pair.key, word: word) else {
                    preconditionFailure("images.yaml:\(line): '\(word)' is not an answer to \(pair.key.rawValue)")
                }
                return answer
            }
        }
        self.dataPath = dataPath
        self.ports = ports
        self.user = user
        self.probe = probe
        self.line = line
    }

    /// The answer assumed for a question when the design file leaves it out, if the image implies one.
    public func assumed(_ question: Question) -> Answer? { answers[question]?.first }

    /// Whether an answer given in a design file goes against what the image implies.
    public func contradicts(_ answer: Answer) -> Bool {
        guard let fitting = answers[answer.question] else { return false }
        return !fitting.contains(answer)
    }

    /// Whether the entry matches an image's path (registry, tag and digest removed, lowercased).
    func matches(path: String, repository: String) -> Bool {
        match.contains { pattern in
            if pattern.hasPrefix("*") { return repository.hasSuffix(pattern.dropFirst()) }
            if pattern.contains("/") { return path == pattern || path.hasSuffix("/" + pattern) }
            return repository == pattern
        }
    }

    /// Whether a pattern names repositories exactly (not by suffix).
    var isExact: Bool { match.allSatisfy { !$0.hasPrefix("*") } }
}
