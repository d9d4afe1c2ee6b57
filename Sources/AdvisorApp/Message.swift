import TerminalUI

/// What `update` reacts to: terminal events and the results of effects.
public enum Message: Hashable, Sendable {
    case event(Event)
    case effect(EffectResult)
}
