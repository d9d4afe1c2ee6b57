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
    /// The patterns of `match` that are plain repository names.
    let names: [String]
    /// The patterns of `match` that are paths (`mssql/server`).
    let paths: [String]
    /// The patterns of `match` that are suffixes (`*-exporter`), without the `*`.
    let suffixes: [String]
    /// Whether every pattern names repositories exactly (none by suffix).
    let isExact: Bool

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
        names = match.filter { !$0.hasPrefix("*") && !$0.contains("/") }
        paths = match.filter { !$0.hasPrefix("*") && $0.contains("/") }
        suffixes = match.filter { $0.hasPrefix("*") }.map { String($0.dropFirst()) }
        isExact = suffixes.isEmpty
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
        names.contains(repository) || suffixes.contains { repository.hasSuffix($0) }
            || paths.contains { path == $0 || path.hasSuffix("/" + $0) }
    }
}
