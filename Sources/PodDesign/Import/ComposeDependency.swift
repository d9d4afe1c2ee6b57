/// A `depends_on` entry of a Compose service: the service it waits for, and for what.
struct ComposeDependency: Hashable, Sendable {
    var service: String
    /// `service_started` (the default), `service_healthy` or `service_completed_successfully`.
    var condition: String
}
