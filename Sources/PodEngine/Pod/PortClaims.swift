import PodModel

/// The ports claimed by the containers of one pod, keyed by number and protocol as the API server keys them.
struct PortClaims {
    private var owners: [String: String] = [:]

    /// Claims a port for a container; returns the container that claimed it first, if one did
    /// (the same container, when it declares the port twice).
    mutating func claim(_ port: Port, by container: String) -> String? {
        if let owner = owners[port.label] { return owner }
        owners[port.label] = container
        return nil
    }
}
