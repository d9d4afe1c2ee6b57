import PodEngine
import PodModel
import Yams

/// Finds the pod templates in one parsed document, leniently: what is not there is simply not there.
enum PodReader {
    /// What one document holds: its pods, and how many objects of other kinds it has.
    struct Contents {
        var pods: [AuditedPod] = []
        var scalers: [AuditedScaler] = []
        var skipped = 0
    }

    static func read(_ node: Node, lineOffset: Int) -> Contents {
        var contents = Contents()
        read(node, lineOffset: lineOffset, into: &contents)
        return contents
    }

    static func read(_ node: Node, lineOffset: Int, into contents: inout Contents) {
        guard let kindName = node["kind"]?.string else {
            if node.mapping != nil || node.sequence != nil { contents.skipped += 1 }
            return
        }
        if kindName.hasSuffix("List"), let items = node["items"]?.sequence {
            for item in items { read(item, lineOffset: lineOffset, into: &contents) }
            return
        }
        guard let kind = WorkloadKind(rawValue: kindName) else {
            if kindName == "HorizontalPodAutoscaler", let scaler = scaler(node, lineOffset: lineOffset) {
                contents.scalers.append(scaler)
            }
            contents.skipped += 1
            return
        }
        let metadata = node["metadata"]
        let template = template(of: node, kind: kind)
        let spec = template?["spec"]
        var ignored = ignoredRules(metadata)
        if kind != .pod { ignored.formUnion(ignoredRules(template?["metadata"])) }
        var read = spec.map { containers($0, lineOffset: lineOffset) } ?? []
        let local = localPorts(metadata).merging(kind == .pod ? [:] : localPorts(template?["metadata"])) { first, _ in first }
        for index in read.indices {
            guard let port = local[read[index].container.name] else { continue }
            read[index].container.ports.append(Port(number: port, location: read[index].container.location))
        }
        contents.pods.append(AuditedPod(
            shape: PodShape(kind: kind, containers: read.map(\.container)),
            namespace: metadata?["namespace"]?.string, name: metadata?["name"]?.string ?? "?", ignored: ignored,
            location: location(node, lineOffset), details: read.map(\.details),
            sharesProcesses: spec?["shareProcessNamespace"]?.string == "true"
        ))
    }

    /// A HorizontalPodAutoscaler's target and the pod resources it scales on (`autoscaling/v1`, `v2`, `v2beta1`, `v2beta2`).
    static func scaler(_ node: Node, lineOffset: Int) -> AuditedScaler? {
        let metadata = node["metadata"]
        let spec = node["spec"]
        guard let targetKind = spec?["scaleTargetRef"]?["kind"]?.string, let targetName = spec?["scaleTargetRef"]?["name"]?.string else {
            return nil
        }
        let namespace = metadata?["namespace"]?.string
        let name = metadata?["name"]?.string ?? "?"
        func key(_ kind: String, _ name: String) -> String { [kind, namespace, name].compactMap { $0 }.joined(separator: "/") }
        var resources: [String] = []
        var cpuUtilization = false
        let metrics = spec?["metrics"]?.sequence ?? []
        if metrics.isEmpty {
            // autoscaling/v1 scales on CPU only; a v2 object without metrics defaults to 80 % CPU utilisation.
            resources = ["cpu"]
            cpuUtilization = true
        }
        for metric in metrics where metric["type"]?.string == "Resource" {
            guard let resource = metric["resource"]?["name"]?.string else { continue }
            if !resources.contains(resource) { resources.append(resource) }
            let utilization = metric["resource"]?["target"]?["type"]?.string == "Utilization"
                || metric["resource"]?["targetAverageUtilization"] != nil
            if resource == "cpu", utilization { cpuUtilization = true }
        }
        return AuditedScaler(
            resource: key("HorizontalPodAutoscaler", name), target: key(targetKind, targetName), podResources: resources,
            cpuUtilization: cpuUtilization, location: location(node, lineOffset)
        )
    }

    /// The local ports of the ambassadors that the `podwright.dev/design` annotation `recommend` writes names
    /// (`localPort`): the main container reaches them over localhost, which the manifest itself does not say.
    static func localPorts(_ metadata: Node?) -> [String: Int] {
        guard let text = metadata?["annotations"]?["podwright.dev/design"]?.string, text.utf8.count <= 1 << 16,
              let design = try? Yams.compose(yaml: text, .basic) else { return [:] }
        var budget = 10_000
        guard DesignParser.fits(design, budget: &budget) else { return [:] }
        var ports: [String: Int] = [:]
        for companion in design["companions"]?.sequence ?? [] {
            guard let name = companion["name"]?.string, let port = companion["localPort"]?.string.flatMap({ Int($0) }) else { continue }
            ports[name] = port
        }
        return ports
    }

    /// The pod template of an object: a Pod is its own; the others hold one (a CronJob inside its Job template).
    static func template(of node: Node, kind: WorkloadKind) -> Node? {
        switch kind {
        case .pod: node
        case .cronJob: node["spec"]?["jobTemplate"]?["spec"]?["template"]
        case .deployment, .statefulSet, .daemonSet, .replicaSet, .job: node["spec"]?["template"]
        }
    }

    static func ignoredRules(_ metadata: Node?) -> Set<String> {
        guard let value = metadata?["annotations"]?["podwright.dev/ignore"]?.string else { return [] }
        return Set(value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init))
    }

    static func location(_ node: Node, _ lineOffset: Int) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(line: lineOffset + 1, column: 1) }
        return SourceLocation(line: mark.line + lineOffset, column: mark.column)
    }

    static func containers(_ spec: Node, lineOffset: Int) -> [(container: PodContainer, details: AuditedContainer)] {
        var out: [(container: PodContainer, details: AuditedContainer)] = []
        for item in spec["initContainers"]?.sequence ?? [] {
            let native = item["restartPolicy"]?.string == "Always"
            out.append((container(item, kind: native ? .nativeSidecar : .initContainer, lineOffset: lineOffset), details(item)))
        }
        for item in spec["containers"]?.sequence ?? [] {
            out.append((container(item, kind: .regular, lineOffset: lineOffset), details(item)))
        }
        return out
    }

    /// The names of the probes a container may have, in the order `AuditedContainer.probes` keeps.
    static let probeKeys = ["readinessProbe", "livenessProbe", "startupProbe"]

    /// Flags and variables by which a helper that usually keeps running is told to do its work once and exit.
    static let oneShotWords = ["--one-time", "-one-time", "exit-after-auth", "istio-iptables"]

    /// The container's probes, CPU request and run-once hints, read in one pass over its keys.
    static func details(_ node: Node) -> AuditedContainer {
        var details = AuditedContainer()
        var texts: [String] = []
        var oneTimeVariable = false
        for (key, value) in node.mapping ?? [:] {
            guard let name = key.string else { continue }
            switch name {
            case "readinessProbe", "livenessProbe", "startupProbe":
                if name == "readinessProbe" { details.readiness = canonical(value) }
                if name == "livenessProbe" { details.liveness = canonical(value) }
                details.probes.append(name)
                for (handler, settings) in value.mapping ?? [:] where ["httpGet", "tcpSocket", "grpc"].contains(handler.string ?? "") {
                    if settings["port"] != nil { details.probesAPort = true }
                }
            case "resources":
                details.requestsCPU = value["requests"]?["cpu"] != nil || value["limits"]?["cpu"] != nil
            case "command", "args":
                texts += (value.sequence ?? []).compactMap(\.string)
            case "env":
                oneTimeVariable = (value.sequence ?? []).contains { variable in
                    (variable["name"]?.string ?? "").hasSuffix("ONE_TIME") && variable["value"]?.string?.lowercased() == "true"
                }
            case "name":
                if (value.string ?? "").lowercased().holds("init") { details.runsOnce = true }
            default:
                break
            }
        }
        details.probes.sort { probeKeys.firstIndex(of: $0)! < probeKeys.firstIndex(of: $1)! }
        if oneTimeVariable || texts.contains(where: { text in oneShotWords.contains { text.holds($0) } }) {
            details.runsOnce = true
        }
        return details
    }

    /// A node written out with mapping keys sorted, so that two equal probes give the same text whatever their key order.
    static func canonical(_ node: Node) -> String {
        switch node {
        case let .mapping(mapping):
            let pairs = mapping.map { (canonical($0.key), canonical($0.value)) }.sorted { $0.0 < $1.0 }
            return "{" + pairs.map { "\($0.0):\($0.1)" }.joined(separator: ",") + "}"
        case let .sequence(sequence):
            return "[" + sequence.map(canonical).joined(separator: ",") + "]"
        default:
            return "\"" + (node.string ?? "") + "\""
        }
    }

    static func container(_ node: Node, kind: ContainerKind, lineOffset: Int) -> PodContainer {
        var ports: [Port] = []
        for port in node["ports"]?.sequence ?? [] {
            guard let text = port["containerPort"]?.string, let number = Int(text) else { continue }
            let proto = port["protocol"]?.string.flatMap(PortProtocol.init(rawValue:)) ?? .TCP
            ports.append(Port(number: number, name: port["name"]?.string, proto: proto, location: location(port, lineOffset)))
        }
        let volumes = (node["volumeMounts"]?.sequence ?? []).compactMap { $0["name"]?.string }
        return PodContainer(
            name: node["name"]?.string ?? "?", image: node["image"]?.string ?? "", kind: kind, ports: ports,
            volumes: volumes, mentionsLocalhost: mentionsLocalhost(node), location: location(node, lineOffset)
        )
    }

    /// Whether the container's command, arguments, environment values or probes mention localhost.
    static func mentionsLocalhost(_ node: Node) -> Bool {
        var texts: [String] = []
        for key in ["command", "args"] { texts += (node[key]?.sequence ?? []).compactMap(\.string) }
        texts += (node["env"]?.sequence ?? []).compactMap { $0["value"]?.string }
        return texts.contains(where: mentionsLocalhost)
    }

    /// Whether a text names the pod's own loopback address.
    static func mentionsLocalhost(_ text: String) -> Bool {
        ["localhost", "127.0.0.1", "[::1]"].contains { text.holds($0) }
    }
}
