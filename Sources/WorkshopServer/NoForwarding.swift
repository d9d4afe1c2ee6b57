import NIOSSH

/// Refuses every global request: remote port forwarding (ssh -R) among them.
struct NoForwarding: GlobalRequestDelegate {}
