/// A link between two containers of a picture, by their ids.
public struct PictureLink: Hashable, Sendable {
    /// What the link stands for.
    public enum Kind: String, Hashable, Sendable {
        /// The host container reaches an ambassador on localhost.
        case localhost
        /// A container reaches a workload placed apart through its Service.
        case network
        /// A Job placed apart runs once per release, before the container it serves rolls out.
        case runsOnce
        /// The first container starts, and is done or ready, before the second.
        case startsBefore
    }

    public var from: String
    public var to: String
    public var label: String
    public var kind: Kind

    public init(from: String, to: String, label: String, kind: Kind) {
        self.from = from
        self.to = to
        self.label = label
        self.kind = kind
    }
}
