/// The transport protocol of a container port.
public enum PortProtocol: String, CaseIterable, Sendable { case TCP, UDP, SCTP }
