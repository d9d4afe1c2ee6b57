import Yams

/// Turns the root node of a design file into a `Design`, field by field, in file order.
struct DesignReader {
    let reader: NodeReader
    /// The source's end-of-line comments, read as notes on the answers.
    let comments: LineComments

    static let mainFields = ["name", "image", "workload", "replicas", "ports"]
    static let companionFields = [
        "name", "image", "lifecycle", "coupling", "scaling", "mainCodeChangeable", "state", "timing",
        "function", "sharedPaths", "ports", "localPort", "upstream",
    ]

    func design(_ root: Node) throws(DesignError) -> Design {
        let fields = try reader.fields(root, "", allowed: DesignParser.topFields, required: ["podwright", "name", "main"])
        var name = ""
        var kubernetes: KubernetesVersion?
        var style = SidecarStyle.auto
        var styleLocation = SourceLocation.start
        var main: MainContainer?
        var companionsNode: Node?
        for (key, value) in fields {
            switch key {
            case "podwright":
                guard (try? reader.integer(value, key, in: 1...1)) != nil else {
                    throw reader.error(value, key, .unsupportedFormat(found: NodeReader.found(value)))
                }
            case "name":
                name = try reader.name(value, key, startsWithLetter: true)
            case "kubernetes":
                kubernetes = try version(value)
            case "sidecarStyle":
                style = try reader.word(value, key, as: SidecarStyle.self)
                styleLocation = reader.location(value)
            case "main":
                main = try self.main(value)
            default:
                companionsNode = value
            }
        }
        guard let main else { throw reader.error(root, "", .missingField(name: "main")) }
        var companions: [Companion] = []
        var seen: [String: Int] = [main.name: main.location.line]
        if let companionsNode {
            for (index, item) in try reader.list(companionsNode, "companions").enumerated() {
                let field = "companions[\(index)]"
                let companion = try self.companion(item, field)
                if let line = seen[companion.name] {
                    throw reader.error(nameField(of: item), "\(field).name", .duplicateName(found: companion.name, line: line))
                }
                if companion.name == name {
                    throw reader.error(nameField(of: item), "\(field).name", .nameIsDesignName(found: name))
                }
                seen[companion.name] = companion.location.line
                companions.append(companion)
            }
        }
        return Design(
            name: name, kubernetes: kubernetes, sidecarStyle: style, main: main,
            companions: companions, sidecarStyleLocation: styleLocation
        )
    }

    /// The version string; a YAML number is refused with a hint to quote it.
    func version(_ node: Node) throws(DesignError) -> KubernetesVersion {
        let scalar = try reader.scalar(node, "kubernetes", expected: .string)
        let text = scalar.string
        if scalar.style == .plain, Double(text) != nil {
            throw reader.error(node, "kubernetes", .kubernetesNumber(found: NodeReader.clip(text)))
        }
        guard let version = KubernetesVersion(text) else {
            throw reader.error(node, "kubernetes", .unsupportedKubernetes(found: NodeReader.clip(text)))
        }
        return version
    }

    func main(_ node: Node) throws(DesignError) -> MainContainer {
        let fields = try reader.fields(node, "main", allowed: Self.mainFields, required: ["name", "image"])
        var main = MainContainer(name: "", image: "", location: reader.location(node))
        var replicasNode: Node?
        for (key, value) in fields {
            let field = "main.\(key)"
            switch key {
            case "name": main.name = try reader.name(value, field, startsWithLetter: false)
            case "image": main.image = try reader.image(value, field)
            case "workload": main.workload = try reader.word(value, field, as: Workload.self)
            case "replicas":
                main.replicas = try reader.integer(value, field, in: 0...100_000)
                replicasNode = value
            default: main.ports = try reader.ports(value, field)
            }
        }
        if let replicasNode, !main.workload.hasReplicas {
            throw reader.error(replicasNode, "main.replicas", .replicasNotApplicable(workload: main.workload.rawValue))
        }
        return main
    }

    func companion(_ node: Node, _ path: String) throws(DesignError) -> Companion {
        let fields = try reader.fields(node, path, allowed: Self.companionFields, required: ["name", "image"])
        var companion = Companion(name: "", image: "", location: reader.location(node))
        var answers = Answers()
        var answered: Set<Question> = []
        for (key, value) in fields {
            let field = "\(path).\(key)"
            if let question = Question(rawValue: key) {
                answered.insert(question)
                if let note = comments.after(value) { companion.notes[question] = note }
            }
            switch key {
            case "name": companion.name = try reader.name(value, field, startsWithLetter: true)
            case "image": companion.image = try reader.image(value, field)
            case "lifecycle": answers.lifecycle = try reader.word(value, field, as: Lifecycle.self)
            case "coupling": answers.coupling = try reader.word(value, field, as: Coupling.self)
            case "scaling": answers.scaling = try reader.word(value, field, as: Scaling.self)
            case "mainCodeChangeable": answers.mainCodeChangeable = try reader.boolean(value, field)
            case "state": answers.state = try reader.word(value, field, as: State.self)
            case "timing": answers.timing = try reader.word(value, field, as: Timing.self)
            case "function": answers.function = try reader.word(value, field, as: Function.self)
            case "sharedPaths": companion.sharedPaths = try paths(value, field)
            case "ports": companion.ports = try reader.ports(value, field)
            case "localPort":
                companion.localPort = try reader.integer(value, field, in: 1...65535)
                companion.localPortLocation = reader.location(value)
            default: companion.upstream = try reader.string(value, field)
            }
        }
        answers.assumed = Set(Question.allCases).subtracting(answered)
        companion.answers = answers
        return companion
    }

    func paths(_ node: Node, _ field: String) throws(DesignError) -> [String] {
        var paths: [String] = []
        for (index, item) in try reader.list(node, field).enumerated() {
            let path = try reader.string(item, "\(field)[\(index)]")
            guard NameRules.isMountPath(path) else {
                throw reader.error(item, "\(field)[\(index)]", .notPath(found: NodeReader.clip(path)))
            }
            let normal = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
            guard !paths.contains(normal) else {
                throw reader.error(item, "\(field)[\(index)]", .duplicatePath(found: NodeReader.clip(path)))
            }
            paths.append(normal)
        }
        return paths
    }

    private func nameField(of item: Node) -> Node {
        item.mapping?["name"] ?? item
    }
}
