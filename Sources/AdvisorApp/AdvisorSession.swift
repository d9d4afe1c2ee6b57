import TerminalUI

/// Runs the advisor on a backend: draw, wait for an event, update, carry out the effects, until one ends it.
public enum AdvisorSession {
    /// How a session ended: the exit status, and text for stdout once the terminal is restored.
    public struct Outcome: Hashable, Sendable {
        public var status: Int32
        public var stdout: String?
    }

    /// The loop. `perform` carries out every effect but `exit`, and may answer with a result for the model; `observe`
    /// sees the model after each event (`podwright quiz --progress`).
    public static func run<B: Backend>(
        _ model: inout AdvisorModel, on backend: inout B, theme: Theme = Theme(),
        perform: (Effect) -> EffectResult?, observe: (AdvisorModel) -> Void = { _ in }
    ) -> Outcome {
        let size = backend.size
        model.width = size.width
        model.height = size.height
        backend.draw(AdvisorView(model, theme: theme).render())
        while true {
            guard let event = backend.nextEvent() else { continue }
            var pending = model.update(.event(event))
            observe(model)
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                if case let .exit(status, stdout) = effect { return Outcome(status: status, stdout: stdout) }
                if let result = perform(effect) { pending += model.update(.effect(result)) }
            }
            backend.draw(AdvisorView(model, theme: theme).render())
        }
    }
}
