import PodEngine
import PodModel
import Yams

/// Finds the pod templates in one parsed document, leniently: what is not there is simply not there.
enum PodReader {
    /// What one document holds: its pods, and how many objects of other kinds it has.
    struct Contents {
        var pods: [AuditedPod] = []
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
            contents.skipped += 1
            return
        }
        let metadata = node["metadata"]
        let template = template(of: node, kind: kind)
        let spec = template?["spec"]
        var ignored = ignoredRules(metadata)
        if kind != .pod { ignored.formUnion(ignoredRules(template?["metadata"])) }
        contents.pods.append(AuditedPod(
            shape: PodShape(kind: kind, containers: spec.map { containers($0, lineOffset: lineOffset) } ?? []),
            namespace: metadata?["namespace"]?.string, name: metadata?["name"]?.string ?? "?", ignored: ignored,
            location: location(node, lineOffset)
        ))
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

    static func containers(_ spec: Node, lineOffset: Int) -> [PodContainer] {
        var out: [PodContainer] = []
        for item in spec["initContainers"]?.sequence ?? [] {
            let native = item["restartPolicy"]?.string == "Always"
            out.append(container(item, kind: native ? .nativeSidecar : .initContainer, lineOffset: lineOffset))
        }
        for item in spec["containers"]?.sequence ?? [] {
            out.append(container(item, kind: .regular, lineOffset: lineOffset))
        }
        return out
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
        text.contains("localhost") || text.contains("127.0.0.1") || text.contains("[::1]")
    }
}
