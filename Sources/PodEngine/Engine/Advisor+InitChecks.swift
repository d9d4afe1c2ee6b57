import PodModel
extension Advisor {
    /// The checks of a pod's init steps that a real pod needs: one that reaches `localhost` through an ambassador
    /// that starts after it (`init.needs-later-proxy`), one that runs the host's image in every replica
    /// (`init.races-replicas`). `host` is the pod's host container.
    static func initChecks(_ pod: PodLayout, host: PodHost) -> [Finding] {
        let ambassadors = pod.containers.filter { $0.placement.role == .ambassador }.map(\.companion)
        var findings: [Finding] = []
        for item in pod.initContainers where item.placement.role == .initContainer {
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
            if host.replicas > 1, ImageName.path(of: step.image) == ImageName.path(of: host.image) {
                findings.append(Finding(
                    check: .initRacesReplicas, location: step.location, container: step.name,
                    facts: ["main": host.name, "replicas": String(host.replicas)]
                ))
            }
        }
        return findings
    }

    /// The loopback addresses a container's command, arguments and environment name, as written, with the port after
    /// a `:` when there is one (`localhost:5432`, `127.0.0.1`, `[::1]:5432`). A host counts only as a whole name
    /// (`mylocalhost.example.com` is not `localhost`), in any case.
    static func localAddresses(in settings: ContainerSettings) -> [(text: String, port: Int?)] {
        var found: [(text: String, port: Int?)] = []
        for text in settings.command + settings.args + settings.env.map(\.value) {
            let lowered = text.lowercased()
            for host in ["localhost", "127.0.0.1", "[::1]"] {
                var rest = Substring(lowered)
                while let range = rest.range(of: host) {
                    let before = range.lowerBound == lowered.startIndex ? nil : lowered[lowered.index(before: range.lowerBound)]
                    rest = rest[range.upperBound...]
                    guard before?.isHostNameCharacter != true, rest.first?.isHostNameCharacter != true else { continue }
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
}
