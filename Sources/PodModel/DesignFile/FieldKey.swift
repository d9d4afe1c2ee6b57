/// Every key a design file may hold, spelled once.
public enum FieldKey: String, CaseIterable, Sendable {
    case podwright, name, kubernetes, sidecarStyle, main, companions
    case image, serves, workload, replicas, ports
    case lifecycle, coupling, scaling, mainCodeChangeable, state, timing, function
    case sharedPaths, localPort, upstream
    case command, args, env, secretEnv, dataPath, security, probe, resources
    case exec, http, tcp, interval, timeout, retries, startPeriod
    case requests, limits, cpu, memory
    case port
    case portProtocol = "protocol"

    /// The key of a question's answer.
    public init(_ question: Question) {
        switch question {
        case .lifecycle: self = .lifecycle
        case .coupling: self = .coupling
        case .scaling: self = .scaling
        case .mainCodeChangeable: self = .mainCodeChangeable
        case .state: self = .state
        case .timing: self = .timing
        case .function: self = .function
        }
    }
}
