import TerminalUI

/// Runs the advisor on a backend: draw, wait for an event, update, carry out the effects, until one ends it.
public enum AdvisorSession {
    /// How a session ended: the exit status, and text for stdout once the terminal is restored.
    public struct Outcome: Hashable, Sendable {
        public var status: Int32
        public var stdout: String?
    }

    /// The most events handled before the screen is drawn again.
    static let batchLimit = 65_536

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
            guard var event = backend.nextEvent() else { continue }
            // Keys that arrived together (a paste the terminal did not mark, a held key) are handled one by one but
            // evaluated and drawn once, so typing stays linear in the text however fast it comes.
            var handled = 0
            while true {
                let next = handled < batchLimit ? backend.pendingEvent() : nil
                var pending = model.update(.event(event), settle: next == nil)
                observe(model)
                while !pending.isEmpty {
                    let effect = pending.removeFirst()
                    if case let .exit(status, stdout) = effect { return Outcome(status: status, stdout: stdout) }
                    if let result = perform(effect) { pending += model.update(.effect(result)) }
                }
                handled += 1
                guard let next else { break }
                event = next
            }
            model.settle()
            backend.draw(AdvisorView(model, theme: theme).render())
        }
    }
}
