/// Whether a companion keeps durable state of its own.
public enum State: String, CaseIterable, Sendable { case stateless, stateful }
