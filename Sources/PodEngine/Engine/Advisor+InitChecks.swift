import PodModel
extension Advisor {
    /// The checks of the main pod's init steps that a real pod needs: one that reaches `localhost` through an
    /// ambassador that starts after it (`init.needs-later-proxy`), one that runs the main image in every replica
    /// (`init.races-replicas`).
    static func initChecks(_ decision: Decision) -> [Finding] {
        let design = decision.design
        let ambassadors = decision.pod.containers.filter { $0.placement.role == .ambassador }.map(\.companion)
        var findings: [Finding] = []
        for item in decision.pod.initContainers where item.placement.role == .initContainer {
            let step = item.companion
            let addresses = localAddresses(in: step.settings)
            if let proxy = ambassadors.first(where: { proxy in
                addresses.contains { $0.port == nil || proxy.localPort == nil || $0.port == proxy.localPort }
            }), let address = addresses.first(where: { $0.port == nil || proxy.localPort == nil || $0.port == proxy.localPort }) {
                findings.append(Finding(
                    check: .initNeedsLaterProxy, location: step.location, container: step.name,
                    facts: ["proxy": proxy.name, "address": address.text, "first": KubernetesVersion.nativeSidecars.description]
                ))
            }
            if design.main.workload.hasReplicas, design.main.replicas > 1,
               imageWithoutTag(step.image) == imageWithoutTag(design.main.image) {
                findings.append(Finding(
                    check: .initRacesReplicas, location: step.location, container: step.name,
                    facts: ["main": design.main.name, "replicas": String(design.main.replicas)]
                ))
            }
        }
        return findings
    }

    /// The loopback addresses a container's command, arguments and environment name, as written, with the port after
    /// a `:` when there is one (`localhost:5432`, `127.0.0.1`).
    static func localAddresses(in settings: ContainerSettings) -> [(text: String, port: Int?)] {
        var found: [(text: String, port: Int?)] = []
        for text in settings.command + settings.args + settings.env.map(\.value) {
            for host in ["localhost", "127.0.0.1"] {
                var rest = Substring(text)
                while let range = rest.range(of: host) {
                    rest = rest[range.upperBound...]
                    var port: Int?
                    if rest.first == ":" {
                        let digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
                        port = digits.isEmpty || digits.count > 5 ? nil : Int(digits)
                    }
                    found.append((host + (port.map { ":\($0)" } ?? ""), port))
                }
            }
        }
        return found
    }

    /// An image reference without its tag or digest, lowercased: `registry:5000/shop/web`.
    static func imageWithoutTag(_ image: String) -> String {
        var reference = Substring(image)
        if let at = reference.firstIndex(of: "@") { reference = reference[..<at] }
        let name = reference.lastIndex(of: "/").map { reference.index(after: $0) } ?? reference.startIndex
        if let colon = reference[name...].firstIndex(of: ":") { reference = reference[..<colon] }
        return reference.lowercased()
    }
}
