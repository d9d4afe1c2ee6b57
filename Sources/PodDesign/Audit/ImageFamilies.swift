import PodEngine
import PodModel

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
        stateful.contains(ImageName.repository(of: image))
    }

    /// Whether the container looks like a helper rather than an application tier, by its image or name.
    public static func isHelper(_ container: PodContainer) -> Bool {
        let words = [container.repositoryName, container.name.lowercased()]
        return words.contains { word in helperParts.contains { word.contains($0) } }
    }
}
