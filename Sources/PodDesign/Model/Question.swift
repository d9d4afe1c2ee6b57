/// The seven answers a companion carries, in the order they are asked.
public enum Question: String, CaseIterable, Sendable {
    case lifecycle, coupling, scaling, mainCodeChangeable, state, timing, function
}
