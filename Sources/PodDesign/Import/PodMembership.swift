/// Where a Compose service goes when evidence ties it to another: the container it serves (whose pod it joins when
/// co-located), and its partner, the service the evidence ties it to (the one it serves, or another of that pod).
struct PodMembership: Hashable, Sendable {
    var host: String
    var partner: String
}
