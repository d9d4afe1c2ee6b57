import PodModel
import PodText

extension ComposeImporter {
    /// The main service: the one named with `--main`; else, found from the dependency graph, the service that no other
    /// depends on (`depends_on`, `links`) and that publishes ports, never a database, queue, proxy or other helper the
    /// image catalogue knows, nor a one-off step; ties go to what is built here, then to file order. A web server the
    /// catalogue knows that only fronts other services gives way to the first of them.
    func pickMain(_ services: [ComposeService], chosen: String?) throws(DesignError) -> ComposeMainChoice {
        if let chosen {
            guard let service = services.first(where: { $0.name == chosen }) else {
                throw .unknownMain(chosen, allowed: services.map(\.name), file: file)
            }
            return ComposeMainChoice(service: service, comments: [text[.importMainOption, ["name": service.name]]])
        }
        let graph = ComposeGraph(services)
        let applications = services.filter { !graph.isPassedOver($0) }
        let candidates = applications.isEmpty ? services : applications
        let dependedOn = Set(services.flatMap(graph.dependencies))
        let roots = candidates.filter { !dependedOn.contains($0.name) }
        let publishing = candidates.filter { graph.publishing($0) != nil }
        let dependedOnByPublishing = Set(publishing.flatMap(graph.dependencies))
        let levels: [(pool: [ComposeService], key: TextKey?)] = [
            (roots.filter { graph.publishing($0) != nil }, nil),
            (publishing.filter { !dependedOnByPublishing.contains($0.name) }, .importMainPublishing),
            (roots, .importMainTop),
            (candidates, .importMainFirst),
        ]
        let level = levels.first { !$0.pool.isEmpty }!
        var winner = Self.best(level.pool)
        var comments: [String]
        if let key = level.key {
            comments = [text[key, ["name": winner.name, "where": place(winner.location)]]]
        } else {
            let values = ["name": winner.name, "where": place(winner.location)]
            comments = switch graph.publishing(winner)! {
            case .ports: [text[.importMainEntry, values]]
            case let .through(owner): [text[.importMainEntryThrough, values.merging(["service": owner]) { $1 }]]
            case .host: [text[.importMainEntryHost, values]]
            }
        }
        var pool = level.pool
        // A web server that only fronts other services (it depends on them, is not built here and shares no volume
        // with them) is their front door, not the application: the main service is the first of them.
        let fronted = graph.fronted(by: winner).filter { service in candidates.contains { $0.name == service.name } }
        if !fronted.isEmpty {
            let proxy = winner
            winner = Self.best(fronted)
            pool = fronted
            comments = [text[.importMainFronted, ["name": winner.name, "proxy": proxy.name, "where": place(proxy.location)]]]
        }
        if pool.count > 1 {
            let names = pool.map(\.name).joined(separator: ", ")
            if let build = winner.build, pool.contains(where: { $0.build == nil }) {
                comments.append(text[.importMainTieBuilt, ["names": names, "context": build.value]])
            } else {
                comments.append(text[.importMainTieFirst, ["names": names]])
            }
        }
        let passedOver = services.filter { graph.isPassedOver($0) && $0.publishes }.map(\.name)
        if !passedOver.isEmpty, !applications.isEmpty {
            comments.append(text[.importMainPassedOver, ["names": passedOver.joined(separator: ", ")]])
        }
        return ComposeMainChoice(service: winner, comments: comments)
    }

    /// The first of some services, those built here before the others.
    static func best(_ services: [ComposeService]) -> ComposeService {
        services.first { $0.build != nil } ?? services[0]
    }
}
