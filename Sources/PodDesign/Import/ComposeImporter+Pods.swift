import PodModel

extension ComposeImporter {
    /// Which pod each service that evidence ties to another joins: a walk from the main service over the evidence,
    /// breadth first, then one from a host chosen in each group the walk did not reach. A service joins the pod its
    /// partner is in: the partner's own when the partner is the main service, a group's host or a service placed
    /// apart (`hosts`), else the pod the partner joined. `demoted` are hosts found co-located: no pod of their own.
    /// A service never joins a pod that holds one running the same code (a worker tied to its web server's log
    /// shipper is the application's second process, not a helper of the web server).
    func podPlan(_ graph: ComposeGraph, main: String, evidence: [PodEvidence], hosts: Set<String>, demoted: Set<String>) -> [String: PodMembership] {
        var neighbours: [String: [String]] = [:]
        for item in evidence {
            let pair = item.services
            neighbours[pair[0], default: []].append(pair[1])
            neighbours[pair[1], default: []].append(pair[0])
        }
        let order = Dictionary(graph.services.enumerated().map { ($1.name, $0) }) { first, _ in first }
        var plan: [String: PodMembership] = [:]
        var pod: [String: String] = [:]
        func walk(from root: String, in rootPod: String) {
            pod[root] = rootPod
            var queue = [root]
            while !queue.isEmpty {
                let node = queue.removeFirst()
                let next = Set(neighbours[node] ?? []).filter { pod[$0] == nil }.sorted { order[$0, default: 0] < order[$1, default: 0] }
                for service in next {
                    let host = pod[node] ?? main
                    let members = [host] + pod.filter { $0.value == host }.map(\.key)
                    guard let joining = graph.byName[service], !members.contains(where: { member in
                        graph.byName[member].map { Self.runSameCode($0, joining) } ?? false
                    }) else { continue }
                    plan[service] = PodMembership(host: host, partner: node)
                    pod[service] = hosts.contains(service) && !demoted.contains(service) ? service : host
                    queue.append(service)
                }
            }
        }
        walk(from: main, in: main)
        for service in graph.services where pod[service.name] == nil && neighbours[service.name] != nil {
            var group = [service.name]
            var seen: Set = [service.name]
            var index = 0
            while index < group.count {
                for next in neighbours[group[index]] ?? [] where pod[next] == nil && seen.insert(next).inserted { group.append(next) }
                index += 1
            }
            guard group.count > 1 else { continue }
            let root = groupHost(graph.services.filter { seen.contains($0.name) }, graph)
            walk(from: root, in: demoted.contains(root) ? main : root)
        }
        return plan
    }

    /// The service a group tied by evidence forms its pod around: not a helper the catalogue knows, then one that
    /// publishes ports, then the one most others depend on, then one built here, then the first in the file.
    func groupHost(_ group: [ComposeService], _ graph: ComposeGraph) -> String {
        func dependents(_ service: ComposeService) -> Int {
            graph.services.filter { graph.dependencies($0).contains(service.name) }.count
        }
        func rank(_ service: ComposeService) -> [Int] {
            [graph.kind(service)?.isHelper == true ? 1 : 0, graph.publishing(service) == nil ? 1 : 0, -dependents(service),
             service.build == nil ? 1 : 0]
        }
        return group.enumerated().min { a, b in
            let (left, right) = (rank(a.element), rank(b.element))
            return left == right ? a.offset < b.offset : left.lexicographicallyPrecedes(right)
        }!.element.name
    }
}
