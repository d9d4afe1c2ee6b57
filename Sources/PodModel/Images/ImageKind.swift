/// What a well-known image is: a store that keeps state, a helper of a known sort, or a web server.
public enum ImageKind: String, CaseIterable, Sendable {
    case database, queue, cache
    case logShipper = "log-shipper"
    case telemetry
    case meshProxy = "mesh-proxy"
    case databaseProxy = "database-proxy"
    case authProxy = "auth-proxy"
    case secretsAgent = "secrets-agent"
    case gitSync = "git-sync"
    case exporter
    case configReloader = "config-reloader"
    /// A web server or reverse proxy (nginx, traefik): the front of an application, or a tier of its own.
    case reverseProxy = "reverse-proxy"

    /// Whether images of this kind are helpers beside an application rather than an application tier or a store.
    public var isHelper: Bool {
        switch self {
        case .database, .queue, .cache, .reverseProxy: false
        default: true
        }
    }
}
