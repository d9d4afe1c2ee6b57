import PodModel

/// One service of a Compose file: what `podwright import` reads from it, and where each thing is written.
struct ComposeService: Hashable, Sendable {
    var name: String
    var location: SourceLocation
    var image: Located<String>?
    /// The build context, for a service built from source.
    var build: Located<String>?
    /// Container ports, from `ports` (published) and `expose`.
    var ports: [Port] = []
    /// Port ranges (`3000-3005`), which are not imported.
    var portRanges: [Located<String>] = []
    /// Whether `ports` publishes any port on the host.
    var publishes = false
    var mounts: [ComposeMount] = []
    /// Services whose volumes it mounts (`volumes_from`).
    var volumesFrom: [Located<String>] = []
    /// `network_mode`, as written.
    var networkMode: Located<String>?
    /// Environment variables as `NAME=value`, in file order.
    var environment: [Located<String>] = []
    /// The services it depends on, each with its condition (`service_started` when none is written).
    var dependsOn: [Located<ComposeDependency>] = []
    /// The services it links to (`links`), by service name (an alias after `:` left out).
    var links: [Located<String>] = []
    /// Its links written with an alias, as written (`db:database`).
    var linkAliases: [Located<String>] = []
    /// What of its `healthcheck` is not carried into `settings.probe` (`start_interval: 5s`), summed up as written.
    var healthcheck: Located<String>?
    /// What of its `deploy.resources` (or `cpus`, `mem_limit`, `mem_reservation`) is not carried into
    /// `settings.resources` (`limits.pids: 100`), summed up as written.
    var resources: Located<String>?
    /// Its reservations above their limits, which Kubernetes refuses and `settings.resources` leaves out.
    var requestsAboveLimits: Located<String>?
    /// Its `entrypoint`, `command` and `environment`, as a design file holds them.
    var settings = ContainerSettings()
    /// `deploy.replicas` or `scale`.
    var replicas: Located<Int>?
}
