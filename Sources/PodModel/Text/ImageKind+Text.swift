import PodText

extension ImageKind {
    /// The catalog key of what the kind is, as a noun phrase (`image.kind.database`: "a database").
    public var textKey: TextKey {
        switch self {
        case .database: .imageKindDatabase
        case .queue: .imageKindQueue
        case .cache: .imageKindCache
        case .logShipper: .imageKindLogShipper
        case .telemetry: .imageKindTelemetry
        case .meshProxy: .imageKindMeshProxy
        case .databaseProxy: .imageKindDatabaseProxy
        case .authProxy: .imageKindAuthProxy
        case .secretsAgent: .imageKindSecretsAgent
        case .gitSync: .imageKindGitSync
        case .exporter: .imageKindExporter
        case .configReloader: .imageKindConfigReloader
        case .reverseProxy: .imageKindReverseProxy
        }
    }
}
