/// Which images are databases and queues, and which are helpers that legitimately sit beside them.
public enum ImageFamilies {
    /// Repository names of databases, queues and stores that keep durable state.
    public static let stateful: Set<String> = [
        "postgres", "postgresql", "postgis", "timescaledb", "mysql", "mysql-server", "percona", "percona-server",
        "mariadb", "mongo", "mongodb", "redis", "redis-stack", "redis-stack-server", "valkey", "keydb",
        "rabbitmq", "kafka", "cp-kafka", "zookeeper", "cp-zookeeper", "elasticsearch", "opensearch", "cassandra",
        "scylla", "etcd", "nats", "nats-streaming", "cockroach", "couchdb", "couchbase", "influxdb", "clickhouse-server",
        "clickhouse", "neo4j", "pulsar", "activemq", "artemis", "memgraph", "questdb", "arangodb", "dgraph", "yugabyte",
    ]

    /// Name parts of helpers that run beside a database or an app without being an application tier:
    /// exporters, sentinels, proxies and meshes, log and metrics agents, backups, config reloaders.
    static let helperParts = [
        "exporter", "sentinel", "proxy", "envoy", "istio", "linkerd", "fluent", "filebeat", "promtail", "vector",
        "otel", "collector", "agent", "sidecar", "metrics", "backup", "xtrabackup", "wal-g", "pgbouncer", "reload",
        "git-sync", "vault", "sync", "haproxy", "busybox", "pause", "logrotate", "shipper", "monitor",
    ]

    /// Whether the container's image is a database or a queue.
    public static func isStateful(_ container: PodContainer) -> Bool {
        stateful.contains(container.repositoryName)
    }

    /// Whether an image reference names a database or a queue.
    public static func isStateful(image: String) -> Bool {
        stateful.contains(repositoryName(of: image))
    }

    /// An image's repository name: the last path part, without registry, tag or digest
    /// (`docker.io/library/postgres:16` → `postgres`).
    public static func repositoryName(of image: String) -> String {
        var reference = Substring(image)
        if let at = reference.firstIndex(of: "@") { reference = reference[..<at] }
        if let slash = reference.lastIndex(of: "/") { reference = reference[reference.index(after: slash)...] }
        if let colon = reference.firstIndex(of: ":") { reference = reference[..<colon] }
        return reference.lowercased()
    }

    /// Whether the container looks like a helper rather than an application tier, by its image or name.
    public static func isHelper(_ container: PodContainer) -> Bool {
        let words = [container.repositoryName, container.name.lowercased()]
        return words.contains { word in helperParts.contains { word.contains($0) } }
    }
}
