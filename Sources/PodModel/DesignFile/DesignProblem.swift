/// What is wrong with a design file, with the facts the message needs.
public enum DesignProblem: Hashable, Sendable {
    case unreadable(reason: String)
    case tooLarge(bytes: Int)
    /// `import`: the file is larger than the most `import` reads.
    case tooLargeToImport(bytes: Int, limit: Int)
    case notUTF8
    case empty
    case yamlSyntax(problem: String)
    case duplicateKey(key: String, firstLine: Int)
    case aliasExpansion(limit: Int)
    /// Lists and mappings nested deeper than libyaml reads.
    case tooDeep(limit: Int)
    case multipleDocuments
    case unknownField(found: String, suggestion: String?, allowed: [String])
    case missingField(name: String)
    case badWord(found: String, suggestion: String?, allowed: [String])
    case wrongType(found: FoundValue, expected: Expected)
    case outOfRange(found: String, min: Int, max: Int)
    case notDNSLabel(found: String)
    case mustStartWithLetter(found: String)
    case duplicateName(found: String, line: Int)
    case nameIsDesignName(found: String)
    case notPortName(found: String)
    case duplicatePortName(found: String)
    case notPath(found: String)
    case duplicatePath(found: String)
    case notImage(found: String)
    /// Free text with a control character or a non-character (`code`, like U+001B); `lines` when tabs and line
    /// feeds are allowed there.
    case unprintable(code: String, lines: Bool)
    case kubernetesNumber(found: String)
    case unsupportedKubernetes(found: String)
    case unsupportedFormat(found: FoundValue)
    case replicasNotApplicable(workload: String)
    /// An `env` value YAML reads as a number or a boolean, not text.
    case envNotText(name: String, found: String)
    case notEnvName(found: String)
    case duplicateSecretEnv(found: String)
    /// A `secretEnv` name that `env` also sets, on `line`.
    case secretEnvInEnv(found: String, line: Int)
    /// A shared path that is the main StatefulSet's `dataPath`, where its claim is mounted.
    case pathIsDataPath(found: String)
    /// A `probe` with no check or more than one (`found` lists the check keys written).
    case probeCheckCount(found: [String])
    /// A `probe.exec` with an empty command.
    case probeEmptyCommand
    /// A `probe.port` beside a check that is not `http`.
    case probePortWithoutHTTP
    /// A `probe.http` path that does not start with `/`.
    case notHTTPPath(found: String)
    /// A `cpu` amount that is not a quantity of cores.
    case notCPU(found: String)
    /// A `memory` amount that is not a quantity of bytes.
    case notMemory(found: String)
    /// A `memory` amount in thousandths of a byte (`512m`), almost always meant as `512Mi`.
    case memoryInMillibytes(found: String)
    /// A request above its limit.
    case requestAboveLimit(request: String, limit: String)
    /// A `serves` that names no container of the design.
    case servesUnknown(found: String, suggestion: String?, allowed: [String])
    /// A `serves` that comes back to the companion that has it, through `chain`.
    case servesCycle(chain: String)
    /// A `serves` that names a companion the engine places beside `host`, so it has no pod of its own to join.
    case servesColocated(found: String, host: String)
    /// `import`: the file holds no YAML document at all (empty, or only comments).
    case nothingToImport
    /// `import`: the file is neither a Compose file nor a manifest with a pod.
    case notImportable
    /// `import`: the manifest holds no pod with containers.
    case noPod
    /// `import`: a Compose variable written `${NAME:?message}` or `${NAME?message}` has no value.
    case requiredVariable(name: String, message: String)
    /// `import`: a `$` that starts no interpolation Compose reads (`${NAME`, `${NAME/x}`, `${}`).
    case badInterpolation(found: String)
    /// `import`: services that extend each other in a circle, `a -> b -> a`.
    case extendsCycle(chain: String)
    /// `import`: a file after the first given with `-f` that is not a Compose file.
    case mergeNotCompose

    /// The kind of value a field expects.
    public enum Expected: String, Hashable, Sendable {
        case string, integer, list, mapping, boolean, port
    }
}
