import PodText

extension DesignError {
    /// The one-line report: `FILE:LINE:COL: what is wrong (allowed: ...)`.
    public func report(_ catalog: Catalog) -> String {
        "\(file):\(location): \(message(catalog))"
    }

    /// What is wrong, in the catalog's language, without the place; `naming` says the field in words where the
    /// reader does not see the file (the advisor), instead of its path.
    public func message(_ c: Catalog, naming: String? = nil) -> String {
        let field = naming ?? (self.field.isFile ? c[.errorTopLevel] : self.field.description)
        let range = ["oldest": KubernetesVersion.all.first!.description, "newest": KubernetesVersion.newest.description]
        func hint(_ word: String?) -> String { word.map { c[.errorHint, ["word": $0]] } ?? "" }
        switch problem {
        case let .unreadable(reason): return c[.errorUnreadable, ["reason": reason]]
        case let .tooLargeToImport(_, limit): return c[.importErrorTooLarge, ["limit": String(limit)]]
        case .tooLarge:
            return c[.errorTooLarge, ["limit": String(DesignParser.maxBytes)]]
        case .notUTF8: return c[.errorNotUTF8]
        case .empty: return c[.errorEmpty]
        case let .yamlSyntax(problem): return c[.errorYamlSyntax, ["problem": problem]]
        case let .duplicateKey(key, line):
            return c[.errorDuplicateKey, ["key": key, "line": String(line)]]
        case let .aliasExpansion(limit): return c[.errorAliasExpansion, ["limit": String(limit)]]
        case let .tooDeep(limit): return c[.errorTooDeep, ["limit": String(limit)]]
        case .multipleDocuments: return c[.errorMultipleDocuments]
        case let .unknownField(found, suggestion, allowed):
            return c[.errorUnknownField, [
                "field": field, "found": found, "hint": hint(suggestion), "allowed": allowed.joined(separator: ", "),
            ]]
        case let .missingField(name): return c[.errorMissingField, ["field": field, "name": name]]
        case let .badWord(found, suggestion, allowed):
            return c[.errorBadWord, [
                "field": field, "found": found, "hint": hint(suggestion), "allowed": allowed.joined(separator: ", "),
            ]]
        case let .wrongType(found, expected):
            return c[.errorWrongType, ["field": field, "found": found.text(c), "expected": c[expected.textKey]]]
        case let .outOfRange(found, min, max):
            return c[.errorOutOfRange, ["field": field, "found": found, "min": String(min), "max": String(max)]]
        case let .notDNSLabel(found): return c[.errorNotDNSLabel, ["field": field, "found": found]]
        case let .mustStartWithLetter(found): return c[.errorMustStartWithLetter, ["field": field, "found": found]]
        case let .duplicateName(found, line):
            return c[.errorDuplicateName, ["field": field, "found": found, "line": String(line)]]
        case let .nameIsDesignName(found): return c[.errorNameIsDesignName, ["field": field, "found": found]]
        case let .notPortName(found): return c[.errorNotPortName, ["field": field, "found": found]]
        case let .duplicatePortName(found): return c[.errorDuplicatePortName, ["field": field, "found": found]]
        case let .notPath(found): return c[.errorNotPath, ["field": field, "found": found]]
        case let .duplicatePath(found): return c[.errorDuplicatePath, ["field": field, "found": found]]
        case let .notImage(found): return c[.errorNotImage, ["field": field, "found": found]]
        case let .unprintable(code, lines):
            return c[lines ? .errorUnprintableLines : .errorUnprintable, ["field": field, "code": code]]
        case let .kubernetesNumber(found):
            let number = Double(found).map { "\($0)" } ?? found
            return c[.errorKubernetesNumber, range.merging(["found": found, "number": number]) { $1 }]
        case let .unsupportedKubernetes(found):
            return c[.errorUnsupportedKubernetes, range.merging(["found": found]) { $1 }]
        case let .unsupportedFormat(found): return c[.errorUnsupportedFormat, ["found": found.text(c)]]
        case let .replicasNotApplicable(workload): return c[.errorReplicasNotApplicable, ["workload": workload]]
        case let .envNotText(name, found): return c[.errorEnvNotText, ["field": field, "name": name, "found": found]]
        case let .notEnvName(found): return c[.errorNotEnvName, ["field": field, "found": found]]
        case let .duplicateSecretEnv(found): return c[.errorDuplicateSecretEnv, ["field": field, "found": found]]
        case let .secretEnvInEnv(found, line):
            return c[.errorSecretEnvInEnv, ["field": field, "found": found, "line": String(line)]]
        case let .pathIsDataPath(found): return c[.errorPathIsDataPath, ["field": field, "found": found]]
        case let .probeCheckCount(found):
            return c[.errorProbeCheckCount, ["field": field, "found": found.isEmpty ? c[.foundNothing] : found.joined(separator: ", ")]]
        case .probeEmptyCommand: return c[.errorProbeEmptyCommand, ["field": field]]
        case .probePortWithoutHTTP: return c[.errorProbePortWithoutHTTP, ["field": field]]
        case let .notHTTPPath(found): return c[.errorNotHTTPPath, ["field": field, "found": found]]
        case let .notCPU(found): return c[.errorNotCPU, ["field": field, "found": found]]
        case let .notMemory(found): return c[.errorNotMemory, ["field": field, "found": found]]
        case let .memoryInMillibytes(found):
            return c[.errorMemoryInMillibytes, ["field": field, "found": found, "number": String(found.dropLast())]]
        case let .requestAboveLimit(request, limit): return c[.errorRequestAboveLimit, ["field": field, "request": request, "limit": limit]]
        case let .servesUnknown(found, suggestion, allowed):
            return c[.errorServesUnknown, [
                "field": field, "found": found, "hint": hint(suggestion), "allowed": allowed.joined(separator: ", "),
            ]]
        case let .servesCycle(chain): return c[.errorServesCycle, ["field": field, "chain": chain]]
        case let .servesColocated(found, host): return c[.errorServesColocated, ["field": field, "found": found, "host": host]]
        case .nothingToImport: return c[.importErrorNothing]
        case .notImportable: return c[.importErrorNotImportable]
        case .noPod: return c[.importErrorNoPod]
        case let .requiredVariable(name, message):
            return c[.importErrorRequiredVariable, ["field": field, "name": name, "message": message]]
        case let .badInterpolation(found):
            return c[.importErrorBadInterpolation, ["field": field, "found": found, "allowed": Self.interpolationForms]]
        case let .extendsCycle(chain): return c[.importErrorExtendsCycle, ["field": field, "chain": chain]]
        case .mergeNotCompose: return c[.importErrorMergeNotCompose]
        }
    }

    /// The interpolations Compose reads, as a bad one's message lists them.
    static let interpolationForms = "$NAME, ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?message}, ${NAME?message}, "
        + "${NAME:+alternative}, ${NAME+alternative}, $$"
}

extension FoundValue {
    /// The value as a message shows it: quoted text, or a word for what it is.
    func text(_ c: Catalog) -> String {
        switch self {
        case let .text(text): "'\(text)'"
        case .mapping: c[.foundMapping]
        case .list: c[.foundList]
        case .nothing: c[.foundNothing]
        case .alias: c[.foundAlias]
        }
    }
}

extension DesignProblem.Expected {
    var textKey: TextKey {
        switch self {
        case .string: .expectedString
        case .integer: .expectedInteger
        case .list: .expectedList
        case .mapping: .expectedMapping
        case .boolean: .expectedBoolean
        case .port: .expectedPort
        }
    }
}
