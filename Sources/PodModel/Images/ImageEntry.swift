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
    /// The variable that names its data directory when the claim's mount point cannot be that directory itself
    /// (`PGDATA`): set it to a subdirectory of where the claim is mounted, which the server then creates and owns.
    public let dataEnv: String?
    /// The ports it listens on.
    public let ports: [Int]
    /// The name its first port should carry (its first in `ports`, or the first the design gives it): a valid
    /// Kubernetes port name, the protocol where the port speaks a well-known one (`http`, `postgres`), else its role.
    public let portName: String?
    /// The numeric user it runs as, or steps down to when started as root: a restricted pod's runAsUser (and fsGroup,
    /// so that it can write its claim). Nil when the image does not fix one, and always for a `root` image.
    public let user: Int?
    /// Whether the image as published must start as root (nginx binding port 80): it cannot run under the restricted
    /// profile, only baseline.
    public let root: Bool
    /// The repository of a variant that runs as non-root (`nginxinc/nginx-unprivileged`), for a `root` image; the
    /// catalogue knows it as an image that is not `root`.
    public let unprivileged: String?
    /// The directories it writes besides its data path, each to get an `emptyDir` under a read-only root filesystem:
    /// empty when it writes nowhere else, nil when the catalogue does not know them all (keep the root writable).
    public let writable: [String]?
    /// Whether it needs the Kubernetes API: the pod keeps a service account token.
    public let api: Bool
    /// Variables it needs to run as `user` (vault's `SKIP_SETCAP`), in file order.
    public let env: [EnvVariable]
    /// The probe it documents, for readiness and liveness; it passes on the image as published, given `probeArgs`.
    public let probe: ImageProbe?
    /// What a startup probe should check, when it is not `probe` (cloud-sql-proxy's `/startup`).
    public let startupProbe: ImageProbe?
    /// Flags the container must be started with for its probes to pass; they go in `args` (its entrypoint is its program).
    public let probeArgs: [String]
    /// The arguments that run it as the helper it is known as, when its image's default command runs something else
    /// (vault's is `server -dev`, a development server); empty when the default is right.
    public let args: [String]
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
        name: String, match: [String], kind: ImageKind, answers: [Question: [String]], dataPath: String?, dataEnv: String?,
        ports: [Int], portName: String?, user: Int?, root: Bool, unprivileged: String?, writable: [String]?, api: Bool,
        env: [EnvVariable], probe: ImageProbe?, startupProbe: ImageProbe?, probeArgs: [String], args: [String], line: Int
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
        self.dataEnv = dataEnv
        self.ports = ports
        self.portName = portName
        self.user = user
        self.root = root
        self.unprivileged = unprivileged
        self.writable = writable
        self.api = api
        self.env = env
        self.probe = probe
        self.startupProbe = startupProbe
        self.probeArgs = probeArgs
        self.args = args
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
