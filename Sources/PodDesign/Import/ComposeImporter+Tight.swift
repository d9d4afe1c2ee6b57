import PodModel
import PodText

extension ComposeImporter {
    /// Tight coupling from the evidence that ties a service to its partner (a shared network namespace,
    /// `volumes_from`, a shared volume, `localhost`), with a note that also says whom it serves when that is not the
    /// main service, and through which container of the pod when that is not its partner. A shared volume also
    /// becomes a shared path; an outbound proxy the partner dials on localhost gets that port as its `localPort`.
    mutating func inferTight(
        _ companion: inout Companion, _ service: ComposeService, _ membership: PodMembership, main: ComposeService,
        graph: ComposeGraph, evidence: [PodEvidence]
    ) {
        let partner = membership.partner
        let host = membership.host
        func because(_ why: String) -> String {
            if partner != host { return text[.importWhyVia, ["why": why, "partner": partner, "host": host]] }
            if host != main.name { return text[.importWhyServes, ["why": why, "host": host]] }
            return why
        }
        for item in evidence where item.ties(service.name, partner) {
            switch item {
            case let .networkMode(_, owner, location):
                companion.infer(.coupling(.tight), because: because(text[.importWhyNetworkMode, ["service": owner, "where": place(location)]]))
            case let .volumesFrom(_, owner, location):
                companion.infer(.coupling(.tight), because: because(text[.importWhyVolumesFrom, ["service": owner, "where": place(location)]]))
            case let .sharedVolume(volume, mounts):
                guard let mine = mounts[service.name], let theirs = mounts[partner] else { continue }
                companion.infer(.coupling(.tight), because: because(text[.importWhySharedVolume, [
                    "volume": volume, "main": partner, "name": service.name, "where": place(mine.location),
                ]]))
                guard NameRules.isMountPath(theirs.target), !companion.sharedPaths.contains(theirs.target) else { continue }
                companion.sharedPaths.append(theirs.target)
                if partner != host { partnerPaths[partner, default: []].append(theirs.target) }
                if mine.target != theirs.target {
                    notes.append(ImportNote(location: mine.location, text: text[.importNoteOtherPath, [
                        "service": service.name, "volume": volume, "path": mine.target, "main": partner, "mainPath": theirs.target,
                    ]]))
                }
            case let .localhost(dialer, _, port, variable):
                companion.infer(.coupling(.tight), because: because(text[.importWhyLocalhost, [
                    "service": dialer, "variable": variable.value, "where": place(variable.location),
                ]]))
                // An outbound proxy (the image catalogue says so) listens where its partner dials localhost: that port
                // is its localPort (which the pod counts as its port), not a port of its own as well.
                if dialer == partner, companion.answers.function == .proxyOutbound, companion.localPort == nil,
                   service.ports.contains(where: { $0.number == port }) {
                    companion.localPort = port
                    companion.ports.removeAll { $0.number == port && $0.proto == .TCP }
                }
            }
        }
        // An outbound proxy that shares its partner's network and says on its command line where it listens
        // (`--port=5432`, as the Cloud SQL proxy does): the partner dials that port on localhost.
        if companion.answers.function == .proxyOutbound, companion.localPort == nil, companion.answers.coupling == .tight,
           let port = Self.listenPort(in: service.settings.command + service.settings.args) {
            companion.localPort = port
            companion.ports.removeAll { $0.number == port && $0.proto == .TCP }
        }
    }
}
