/// What a companion that runs alongside does for the main container.
public enum Function: String, CaseIterable, Sendable {
    case extend
    case transformOutput = "transform-output"
    case proxyOutbound = "proxy-outbound"
}
